// Synthetic people. Every email uses a reserved domain (RFC 2606 / 6761: example.*, .test), and
// phone numbers use the fictional 555-01xx range, so no row can reach or identify a real person.

// prettier-ignore
export const firstNames = [
  "Avery", "Morgan", "Casey", "Riley", "Jamie", "Taylor", "Quinn", "Drew", "Skyler", "Parker",
  "Rowan", "Emerson", "Hayden", "Sage", "Reese", "Jordan", "Dakota", "Elliot", "Finley", "Kendall",
  "Blake", "Harper", "Logan", "Cameron", "Alexis", "Jesse", "Peyton", "Charlie", "Robin", "Sam",
  "Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Elena", "David", "Grace", "Daniel",
] as const;

// prettier-ignore
export const lastNames = [
  "Thompson", "Lee", "Nguyen", "Okafor", "Alvarez", "Brooks", "Harper", "Sullivan", "Bennett",
  "Kim", "Fischer", "Diaz", "Clarke", "Moreno", "Campbell", "Wright", "Price", "Ramos", "Ward",
  "Ortiz", "Foster", "Nakamura", "Murphy", "Reyes", "Grant", "Howard", "Silva", "Evans",
  "Castillo", "Whitaker", "Garcia", "Johnson", "Martinez", "Anderson", "Robinson", "Hughes",
  "Flores", "Coleman", "Jenkins", "Perry",
] as const;

export const emailDomains = ["example.com", "example.org", "example.net", "mail.test"] as const;

/** first.last[n]@domain, lower-cased the way the intake schema stores it. */
export function syntheticEmail(first: string, last: string, domain: string, n?: number): string {
  return `${first}.${last}${n ?? ""}@${domain}`.toLowerCase();
}

/** A fictional US number: 555-0100 to 555-0199 are reserved for fiction. */
export function syntheticPhone(n: number): string {
  return `(512) 555-01${String(n % 100).padStart(2, "0")}`;
}
