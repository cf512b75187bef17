import { isIP } from "node:net";

// Which address a request came from, for throttles and the audit log. X-Forwarded-For is a list
// each proxy appends its peer to, so only its right end is written by proxies we run; anything to
// the left of them is whatever the client sent. With `hops` trusted proxies in front of the app
// the client is the entry `hops` places from the right. With 0 the header is ignored: the launcher
// (scripts/start.ts) replaces it with the socket's peer address before the app sees the request.

export const UNKNOWN_ADDRESS = "unknown";

/** A bare, canonical IP address from one header entry, or null for anything else. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  // "[2001:db8::1]:443" and "[2001:db8::1]" (RFC 7239 style), "203.0.113.7:51234" (some proxies).
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(value))
    value = value.slice(0, value.indexOf(":"));
  if (value.length > 45 || isIP(value) === 0) return null;
  // Dual-stack sockets report IPv4 peers as ::ffff:a.b.c.d; one client must have one key.
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  return mapped ? mapped[1]! : value.toLowerCase();
}

/**
 * The client's address from an X-Forwarded-For value and the number of trusted proxy hops. A list
 * shorter than `hops` (a request that reached the app past some of the proxies) gives its leftmost
 * entry, the farthest any trusted proxy saw; an entry that is not an IP gives "unknown".
 */
export function clientAddress(forwardedFor: string | null | undefined, hops: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN_ADDRESS;
  // hops = 0: the launcher has replaced the header with the socket's address (one entry).
  const index = Math.max(entries.length - Math.max(hops, 1), 0);
  return normalizeAddress(entries[index]!) ?? UNKNOWN_ADDRESS;
}
