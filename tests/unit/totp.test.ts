import { describe, expect, it } from "vitest";
import {
  RECOVERY_CODE_COUNT,
  decryptTotpSecret,
  encryptTotpSecret,
  generateRecoveryCodes,
  generateTotpCode,
  generateTotpSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotpStep,
  totpUri,
} from "@/lib/totp";

const KEY = "a-test-auth-secret-of-at-least-32-characters";

describe("TOTP codes", () => {
  // Fixed secrets and time, so the codes compared below are known to differ.
  const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  const now = new Date("2026-11-25T12:00:00Z");

  it("accepts the current code and one period of drift either side, not more", () => {
    expect(matchTotpStep(secret, generateTotpCode(secret, now), now) !== null).toBe(true);
    expect(
      matchTotpStep(secret, generateTotpCode(secret, new Date(now.getTime() - 30_000)), now) !==
        null,
    ).toBe(true);
    expect(
      matchTotpStep(secret, generateTotpCode(secret, new Date(now.getTime() + 30_000)), now) !==
        null,
    ).toBe(true);
    const stale = generateTotpCode(secret, new Date(now.getTime() - 120_000));
    const current = generateTotpCode(secret, now);
    expect(stale).not.toBe(current);
    expect(matchTotpStep(secret, stale, now) !== null).toBe(false);
  });

  it("rejects malformed codes and codes of another secret", () => {
    expect(matchTotpStep(secret, "12345", now) !== null).toBe(false);
    expect(matchTotpStep(secret, "abcdef", now) !== null).toBe(false);
    const code = generateTotpCode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", now);
    expect(code).not.toBe(generateTotpCode(secret, now));
    expect(matchTotpStep(secret, code, now) !== null).toBe(false);
  });

  it("builds an otpauth URI naming the issuer and the account", () => {
    const uri = totpUri(secret, "doc@clinic.example", "Bluebonnet LDN Clinic");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=Bluebonnet%20LDN%20Clinic");
    expect(uri).toContain("doc%40clinic.example");
  });
});

describe("TOTP secret encryption at rest", () => {
  it("round-trips, never stores the secret in clear, and uses a fresh IV each time", () => {
    const secret = generateTotpSecret();
    const a = encryptTotpSecret(secret, KEY);
    const b = encryptTotpSecret(secret, KEY);
    expect(a).not.toContain(secret);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(255);
    expect(decryptTotpSecret(a, KEY)).toBe(secret);
  });

  it("refuses a tampered value and another key", () => {
    const stored = encryptTotpSecret(generateTotpSecret(), KEY);
    const [v, iv, tag, data] = stored.split(".");
    const flipped = `${data![0] === "A" ? "B" : "A"}${data!.slice(1)}`;
    expect(() => decryptTotpSecret(`${v}.${iv}.${tag}.${flipped}`, KEY)).toThrow();
    expect(() => decryptTotpSecret(stored, `${KEY}-other`)).toThrow();
    expect(() => decryptTotpSecret("plain", KEY)).toThrow();
  });
});

describe("recovery codes", () => {
  it("makes ten distinct readable codes", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z1-9]{4}-[a-z1-9]{4}-[a-z1-9]{4}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });

  it("stores SHA-256 hashes that match however the code is typed", () => {
    const [code] = generateRecoveryCodes(1);
    const hash = hashRecoveryCode(code!);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code!.toUpperCase().replace(/-/g, " "))).toBe(hash);
    expect(hash).not.toContain(code!.replace(/-/g, ""));
  });
});
