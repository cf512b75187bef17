import { describe, expect, it } from "vitest";
import { commonPasswords } from "@/lib/auth/common-passwords";
import {
  ARGON2_PARAMS,
  OWASP_MIN,
  hashParams,
  hashPassword,
  passwordProblem,
  verifyDummy,
  verifyPassword,
} from "@/lib/password";

describe("argon2id password hashing", () => {
  it("stores an argon2id PHC string with parameters at or above the OWASP minimum", async () => {
    const phc = await hashPassword("a long enough passphrase");
    expect(phc).toContain("$argon2id$");
    const params = hashParams(phc);
    expect(params).not.toBeNull();
    expect(params!.algorithm).toBe("argon2id");
    expect(params!.m).toBeGreaterThanOrEqual(OWASP_MIN.memoryCost);
    expect(params!.t).toBeGreaterThanOrEqual(OWASP_MIN.timeCost);
    expect(params!.p).toBeGreaterThanOrEqual(OWASP_MIN.parallelism);
    expect({ m: params!.m, t: params!.t, p: params!.p }).toEqual({
      m: ARGON2_PARAMS.memoryCost,
      t: ARGON2_PARAMS.timeCost,
      p: ARGON2_PARAMS.parallelism,
    });
  });

  it("salts each hash, verifies the right password and rejects a wrong one", async () => {
    const [a, b] = await Promise.all([
      hashPassword("same passphrase!"),
      hashPassword("same passphrase!"),
    ]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "same passphrase!")).toBe(true);
    expect(await verifyPassword(a, "same passphrase?")).toBe(false);
  });

  it("treats a malformed stored hash as a failed check instead of throwing", async () => {
    expect(await verifyPassword("x", "anything at all")).toBe(false);
    expect(await verifyDummy("anything at all")).toBe(false);
  });
});

describe("password policy", () => {
  it.each([
    ["eleven char", "Use at least 12 characters."],
    ["", "Use at least 12 characters."],
    ["x".repeat(257), "Use at most 256 characters."],
    ["password1234", "This password is too common. Choose another one."],
    ["QWERTY123456", "This password is too common. Choose another one."],
  ])("refuses %j", (password, message) => {
    expect(passwordProblem(password)).toBe(message);
  });

  it("refuses the account's own email, whatever the case", () => {
    expect(passwordProblem("Maya.Patel@Clinic.example", "maya.patel@clinic.example")).toMatch(
      /email/,
    );
  });

  it("accepts 12 and 256 characters of an uncommon password", () => {
    expect(passwordProblem("tangerine-kite-47")).toBeNull();
    expect(passwordProblem("abcdefghijk!")).toBeNull();
    expect(passwordProblem("y".repeat(256))).toBeNull();
  });

  it("ships a common-password list of about 200 lower-case entries", () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(150);
    for (const p of commonPasswords) expect(p).toBe(p.toLowerCase());
  });
});
