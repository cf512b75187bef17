import { describe, expect, it } from "vitest";
import { generateReference, isReference } from "@/lib/reference";

const SAMPLE = 20_000;
const references = Array.from({ length: SAMPLE }, generateReference);
const characters = new Set(references.flatMap((r) => r.replace(/^LDN-|-/g, "").split("")));

describe("generateReference", () => {
  it("has the LDN-XXXX-XXXX shape", () => {
    for (const reference of references) expect(reference).toMatch(/^LDN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it("never uses characters that read alike: 0, O, 1, I, L or U", () => {
    for (const ambiguous of ["0", "O", "1", "I", "L", "U"])
      expect(characters.has(ambiguous)).toBe(false);
  });

  it("uses the whole 30-character alphabet, so no position is stuck", () => {
    // 160,000 draws from 30 characters: a missing one means a broken alphabet, not bad luck.
    expect([...characters].sort().join("")).toBe("23456789ABCDEFGHJKMNPQRSTVWXYZ");
  });

  it(`gives ${SAMPLE} distinct references in a row`, () => {
    expect(new Set(references).size).toBe(SAMPLE);
  });

  it("only produces references that isReference accepts", () => {
    expect(references.every(isReference)).toBe(true);
  });
});

describe("isReference", () => {
  it.each(["LDN-7KQ4-M2XD", "LDN-2222-ZZZZ", "LDN-ABCD-EFGH"])("accepts %s", (value) => {
    expect(isReference(value)).toBe(true);
  });

  it.each([
    ["lower case", "ldn-7kq4-m2xd"],
    ["another prefix", "ABC-7KQ4-M2XD"],
    ["a missing dash", "LDN-7KQ4M2XD"],
    ["a short group", "LDN-7KQ4-M2X"],
    ["a long group", "LDN-7KQ4-M2XDD"],
    ["a zero", "LDN-0KQ4-M2XD"],
    ["the letter O", "LDN-OKQ4-M2XD"],
    ["a one", "LDN-1KQ4-M2XD"],
    ["the letter I", "LDN-IKQ4-M2XD"],
    ["the letter L", "LDN-LKQ4-M2XD"],
    ["the letter U", "LDN-UKQ4-M2XD"],
    ["surrounding space", " LDN-7KQ4-M2XD"],
    ["a trailing newline", "LDN-7KQ4-M2XD\n"],
    ["an empty string", ""],
  ])("rejects %s", (_name, value) => {
    expect(isReference(value)).toBe(false);
  });
});
