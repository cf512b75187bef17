// Where to go after sign-in. Only dashboard paths on this site: an attacker-supplied ?next= must
// not turn the login page into an open redirect ("//evil.example", "/\\evil.example", "https:…").
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || next.length > 500) return "/dashboard";
  if (!/^\/dashboard(?:[/?#]|$)/.test(next)) return "/dashboard";
  if (next.includes("\\") || next.includes("//")) return "/dashboard";
  return next;
}
