import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "@/lib/http/client-address";
import { parseEnv } from "@/lib/env-schema";

// The client is the X-Forwarded-For entry TRUSTED_PROXY_HOPS places from the right: entries to its
// left are whatever the client wrote and must never decide whose counter a request hits.

describe("clientAddress", () => {
  it("takes the entry written by the one trusted proxy, ignoring forged first hops", () => {
    expect(clientAddress("6.6.6.6, 1.1.1.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("counts hops from the right with more proxies in front", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2, 10.0.0.3", 3)).toBe("203.0.113.7");
  });

  it("with fewer entries than hops, takes the leftmost (the farthest a trusted proxy saw)", () => {
    expect(clientAddress("203.0.113.7", 2)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7, 10.0.0.2", 5)).toBe("203.0.113.7");
  });

  it("with 0 hops reads the single entry the launcher put there (the socket's peer)", () => {
    expect(clientAddress("198.51.100.4", 0)).toBe("198.51.100.4");
  });

  it("answers unknown for a missing header or garbage in the chosen entry", () => {
    expect(clientAddress(null, 1)).toBe("unknown");
    expect(clientAddress("", 1)).toBe("unknown");
    expect(clientAddress(" , ", 1)).toBe("unknown");
    expect(clientAddress("1.1.1.1, not-an-ip", 1)).toBe("unknown");
    expect(clientAddress("1.1.1.1, 999.1.1.1", 1)).toBe("unknown");
    expect(clientAddress("1.1.1.1, 203.0.113.7; DROP TABLE", 1)).toBe("unknown");
    expect(clientAddress(`1.1.1.1, ${"a".repeat(500)}`, 1)).toBe("unknown");
  });

  it("does not care about garbage left of the trusted entry", () => {
    expect(clientAddress("<script>, ::::, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("understands IPv6, bracketed forms with ports, and IPv4-mapped addresses", () => {
    expect(clientAddress("6.6.6.6, 2001:DB8::1", 1)).toBe("2001:db8::1");
    expect(clientAddress("[2001:db8::1]:443", 1)).toBe("2001:db8::1");
    expect(clientAddress("[2001:db8::1]", 1)).toBe("2001:db8::1");
    expect(clientAddress("::ffff:203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7:51234", 1)).toBe("203.0.113.7");
    expect(clientAddress("::1", 0)).toBe("::1");
  });
});

describe("normalizeAddress", () => {
  it("keeps valid addresses and drops everything else", () => {
    expect(normalizeAddress(" 10.0.0.1 ")).toBe("10.0.0.1");
    expect(normalizeAddress("unknown")).toBeNull();
    expect(normalizeAddress("1.2.3")).toBeNull();
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  const base = { DATABASE_URL: "postgres://x/y" };
  it("defaults to one proxy in front", () => {
    expect(parseEnv(base).TRUSTED_PROXY_HOPS).toBe(1);
    expect(parseEnv({ ...base, TRUSTED_PROXY_HOPS: "0" }).TRUSTED_PROXY_HOPS).toBe(0);
  });
  it.each(["-1", "1.5", "many", "11"])("refuses %s with a message naming the variable", (v) => {
    expect(() => parseEnv({ ...base, TRUSTED_PROXY_HOPS: v })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
  it("validates the other abuse settings the same way", () => {
    const e = parseEnv(base);
    expect(e.ASSESSMENT_RATE_LIMIT_PER_HOUR).toBe(10);
    expect(e.CONFIRMATION_EMAILS_PER_ADDRESS_PER_DAY).toBe(3);
    expect(e.PUBLIC_FORM_PROOF_OF_WORK).toBe("on");
    expect(() => parseEnv({ ...base, PUBLIC_FORM_PROOF_OF_WORK: "yes" })).toThrow(
      /PUBLIC_FORM_PROOF_OF_WORK/,
    );
    expect(() => parseEnv({ ...base, ASSESSMENT_RATE_LIMIT_PER_HOUR: "-3" })).toThrow(
      /ASSESSMENT_RATE_LIMIT_PER_HOUR/,
    );
  });
});
