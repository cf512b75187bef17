import { describe, expect, it } from "vitest";
import { generateTotpCode, matchTotpStep, totpStepAt } from "@/lib/totp";

// The time-step a code belongs to: what sign-in stores so that no code is accepted twice.

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
// 2026-11-25T12:00:00Z is a multiple of 30 s.
const now = new Date("2026-11-25T12:00:00Z");
const shifted = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("totpStepAt", () => {
  it("counts whole 30-second periods since 1970", () => {
    expect(totpStepAt(new Date(0))).toBe(0);
    expect(totpStepAt(new Date(29_999))).toBe(0);
    expect(totpStepAt(new Date(30_000))).toBe(1);
    expect(totpStepAt(now)).toBe(now.getTime() / 30_000);
    expect(totpStepAt(shifted(29))).toBe(totpStepAt(now));
    expect(totpStepAt(shifted(30))).toBe(totpStepAt(now) + 1);
  });
});

describe("matchTotpStep", () => {
  const step = totpStepAt(now);

  it("returns the step of the code, not of the clock, within the drift window", () => {
    expect(matchTotpStep(secret, generateTotpCode(secret, now), shifted(12))).toBe(step);
    expect(matchTotpStep(secret, generateTotpCode(secret, shifted(-30)), now)).toBe(step - 1);
    expect(matchTotpStep(secret, generateTotpCode(secret, shifted(30)), now)).toBe(step + 1);
  });

  it("returns null outside the window and for malformed or wrong codes", () => {
    expect(matchTotpStep(secret, generateTotpCode(secret, shifted(-60)), now)).toBeNull();
    expect(matchTotpStep(secret, generateTotpCode(secret, shifted(60)), now)).toBeNull();
    expect(matchTotpStep(secret, "12345", now)).toBeNull();
    expect(matchTotpStep(secret, "12a456", now)).toBeNull();
    const accepted = [-30, 0, 30].map((s) => generateTotpCode(secret, shifted(s)));
    const other = ["000000", "111111", "222222", "333333"].find((c) => !accepted.includes(c))!;
    expect(matchTotpStep(secret, other, now)).toBeNull();
  });

  it('ignores spaces, as typed from some apps ("123 456")', () => {
    const code = generateTotpCode(secret, now);
    expect(matchTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(step);
  });

  it("matches or not as a whole", () => {
    const code = generateTotpCode(secret, now);
    expect(matchTotpStep(secret, code, now) !== null).toBe(true);
    expect(matchTotpStep(secret, generateTotpCode(secret, shifted(90)), now) !== null).toBe(false);
  });
});
