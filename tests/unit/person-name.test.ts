import { describe, expect, it } from "vitest";
import { aboutSchema } from "@/lib/validations/assessment";
import { nameProblem, singleScript } from "@/lib/validations/assessment/person-name";

// Names are letters of one writing system with spaces, hyphens, apostrophes and periods: real
// names of every script pass, sentences, links, digits, look-alike spellings and "Zalgo" do not.

describe("names patients really have", () => {
  it.each([
    "José",
    "O'Brien",
    "O’Brien",
    "Anne-Marie",
    "Nguyễn",
    "Nguye\u0302\u0303n", // the same name decomposed: two marks on one letter
    "李",
    "Zoë",
    "Mary Ann",
    "J. R.",
    "St. John",
    "D’Angelo-Smith",
    "Björk",
    "Мария",
    "Αλέξανδρος",
    "محمد",
    "山田たろう", // Japanese mixes Han and Hiragana
    "김민준",
    "Ngũgĩ",
  ])("accepts %s", (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it("accepts a signature joining names written in two alphabets, judged word by word", () => {
    expect(nameProblem("Иван Smith", "word")).toBeNull();
    expect(nameProblem("Иван Smith", "name")).toBe("scripts");
  });
});

describe("what a name field refuses", () => {
  it.each([
    ["J\u043erdan", "scripts"], // a Cyrillic о inside a Latin name
    ["Pаypal", "scripts"],
    ["Иван John", "scripts"],
    ["Rivera2", "characters"],
    ["jordan@example.com", "characters"],
    ["https://evil.example", "characters"],
    ["Pay at evil-pharmacy.example", "link"],
    ["Hello, Your prescription is on hold", "characters"],
    ["-Jordan", "characters"],
    ["Jordan-", "characters"],
    ["Jo--rdan", "punctuation"],
    ["O''Brien", "punctuation"],
    ["Jorda\u0301\u0301\u0301n", "marks"],
    ["Z\u0336\u0335\u0334algo", "marks"],
    ["<b>Ann</b>", "characters"],
  ] as const)("refuses %s (%s)", (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it("tells the patient which rule, next to the field", () => {
    const about = {
      firstName: "J\u043erdan",
      lastName: "Rivera",
      email: "jordan@example.com",
      dateOfBirth: "1980-05-01",
      state: "TX",
      inStateForVisit: "yes",
    };
    const result = aboutSchema.safeParse(about);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ["firstName"],
        message: "First name mixes letters from different alphabets: write it in one alphabet",
      }),
    ]);
  });
});

describe("singleScript", () => {
  it("treats Han with Hangul (Korean) and Han with kana (Japanese) as one name", () => {
    expect(singleScript("李민준")).toBe(true);
    expect(singleScript("山田タロウ")).toBe(true);
    expect(singleScript("李John")).toBe(false);
    expect(singleScript("민준たろう")).toBe(false);
  });
});
