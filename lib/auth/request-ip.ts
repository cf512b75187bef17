// The client address for throttling and the audit log: the first hop of X-Forwarded-For (set by
// the load balancer in front of the app), else "unknown". Anything that does not look like an IP
// is dropped, so the header cannot inject arbitrary text into the audit log.
export function clientIp(headers: Pick<Headers, "get">): string {
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "";
  const ip = first || (headers.get("x-real-ip")?.trim() ?? "");
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : "unknown";
}
