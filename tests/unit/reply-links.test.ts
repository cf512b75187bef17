import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  hashToken,
  isWellFormedToken,
  newToken,
  signAccess,
  verifyAccess,
} from "@/lib/reply-links/token";

describe("reply-link tokens", () => {
  it("are 43 base64url characters that decode to 32 random bytes", () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isWellFormedToken(token)).toBe(true);
  });

  it("never repeat and use the whole alphabet (no fixed or low-entropy parts)", () => {
    const tokens = Array.from({ length: 2000 }, newToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    // 86,000 characters drawn from 64 symbols: a biased or narrowed alphabet would miss some.
    const used = new Set(tokens.join(""));
    expect(used.size).toBe(64);
    // Every byte position varies: a constant prefix or counter would show a single value here.
    const bytes = tokens.map((t) => Buffer.from(t, "base64url"));
    for (let i = 0; i < 32; i++) expect(new Set(bytes.map((b) => b[i])).size).toBeGreaterThan(100);
  });

  it("are stored as the lower-case hex SHA-256 of the token text", () => {
    const token = newToken();
    expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toBe(hashToken(newToken()));
  });

  it("reject anything that is not exactly 43 base64url characters", () => {
    const token = newToken();
    for (const bad of [
      "",
      token.slice(1),
      `${token}A`,
      `${token.slice(1)}=`,
      `${token.slice(1)}+`,
      `${token.slice(1)}/`,
    ])
      expect(isWellFormedToken(bad), bad).toBe(false);
  });
});

describe("the access cookie", () => {
  const key = randomBytes(32);
  const now = new Date("2026-12-01T12:00:00Z");
  const exp = now.getTime() + 30 * 60_000;
  const link = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  const other = "16fd2706-8baf-433b-82eb-8c7fada847da";

  it("opens only the link it was signed for, with the same key, until it expires", () => {
    const value = signAccess(key, link, exp);
    expect(verifyAccess(key, value, link, now)).toBe(true);
    expect(verifyAccess(key, value, other, now)).toBe(false);
    expect(verifyAccess(randomBytes(32), value, link, now)).toBe(false);
    expect(verifyAccess(key, value, link, new Date(exp))).toBe(false);
  });

  it("cannot be extended or forged by editing its parts", () => {
    const value = signAccess(key, link, exp);
    const [, mac] = value.split(".");
    expect(verifyAccess(key, `${exp + 3_600_000}.${mac}`, link, now)).toBe(false);
    const flipped = `${mac!.slice(0, -1)}${mac!.endsWith("A") ? "B" : "A"}`;
    expect(verifyAccess(key, `${exp}.${flipped}`, link, now)).toBe(false);
    for (const junk of [undefined, "", "x", `${exp}`, `${exp}.`, `abc.${mac}`])
      expect(verifyAccess(key, junk, link, now)).toBe(false);
  });
});
