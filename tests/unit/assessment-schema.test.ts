import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { practice, stateNames } from "@/lib/config";
import {
  ageOn,
  assessmentSchema,
  eligibility,
  fieldErrors,
  steps,
} from "@/lib/validations/assessment";
import { exampleAssessment } from "@/lib/validations/assessment/example";

type Json = Record<string, unknown>;

/** A copy of the example with the given dotted paths changed; `undefined` deletes the key. */
function withChanges(changes: Record<string, unknown>): Json {
  const copy = structuredClone(exampleAssessment) as Json;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split(".");
    const last = keys.pop()!;
    let target = copy;
    for (const key of keys) target = target[key] as Json;
    if (value === undefined) delete target[last];
    else target[last] = value;
  }
  return copy;
}

/** The field errors of an input that must be rejected. */
function errorsOf(input: unknown): Record<string, string> {
  const result = assessmentSchema.safeParse(input);
  expect(result.success, "the input should have been rejected").toBe(false);
  return fieldErrors(result.error!);
}

const accepts = (changes: Record<string, unknown>) =>
  assessmentSchema.safeParse(withChanges(changes)).success;

// Age rules depend on today: freeze the clock (only Date) on a known day for the tests that need it.
const TODAY = new Date("2026-11-25T12:00:00Z");
function onFixedDay() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(TODAY);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

const licensedState = practice.licensedStates[0]!;
const unlicensedState = Object.keys(stateNames).find((s) => !practice.licensedStates.includes(s))!;
const thisYear = new Date().getUTCFullYear();

describe("assessmentSchema accepts", () => {
  it("the documented example, unchanged", () => {
    expect(assessmentSchema.parse(exampleAssessment)).toEqual(exampleAssessment);
  });

  it("the wizard's steps, in order, as exactly the sections of the whole form", () => {
    expect(steps.map((s) => s.key)).toEqual(
      Object.keys(assessmentSchema.shape).filter((k) => k !== "formVersion"),
    );
  });

  it.each(steps.map((s) => [s.key, s] as const))(
    "the example's %s part with that step's own schema",
    (key, step) => {
      expect(step.schema.parse(exampleAssessment[key])).toEqual(exampleAssessment[key]);
    },
  );

  it("names in any script with apostrophes, hyphens, periods and spaces", () => {
    for (const [firstName, lastName] of [
      ["Zoë", "O'Brien-Smith"],
      ["José María", "Nguyễn"],
      ["J.", "李"],
    ])
      expect(
        accepts({
          "about.firstName": firstName,
          "about.lastName": lastName,
          "consent.signature": `${firstName} ${lastName}`,
        }),
      ).toBe(true);
  });

  it("a signature that differs from the name only in case and spacing", () => {
    expect(accepts({ "consent.signature": "  jordan    RIVERA " })).toBe(true);
  });

  it("free text with markup, tabs and newlines, stored as typed", () => {
    const text = "<b>Pain</b> in\tboth knees\nand 'hips'";
    expect(
      assessmentSchema.parse(withChanges({ "symptoms.mainSymptoms": text })).symptoms.mainSymptoms,
    ).toBe(text);
  });

  it("text at its exact length limit, and longer text whose surrounding spaces make up the excess", () => {
    expect(accepts({ "goals.goals": "x".repeat(2000) })).toBe(true);
    expect(accepts({ "goals.goals": `  ${"x".repeat(2000)}  ` })).toBe(true);
  });

  it("a missing or empty phone, and the optional fields left out", () => {
    expect(
      accepts({
        "about.phone": undefined,
        "condition.diagnosisYear": undefined,
        "goals.previousTreatments": undefined,
      }),
    ).toBe(true);
    expect(accepts({ "about.phone": "" })).toBe(true);
  });

  it("a leap day birth date", () => {
    expect(accepts({ "about.dateOfBirth": "2000-02-29" })).toBe(true);
  });
});

describe("assessmentSchema normalizes", () => {
  it("the email: trimmed and lower-cased", () => {
    const parsed = assessmentSchema.parse(
      withChanges({ "about.email": "  Jordan.Rivera@Example.COM " }),
    );
    expect(parsed.about.email).toBe("jordan.rivera@example.com");
  });

  it("names and text: trimmed", () => {
    const parsed = assessmentSchema.parse(
      withChanges({ "about.firstName": "  Jordan ", "goals.goals": "\n Walk more \n" }),
    );
    expect(parsed.about.firstName).toBe("Jordan");
    expect(parsed.goals.goals).toBe("Walk more");
  });

  it("by dropping keys it does not know, at every level", () => {
    const input = withChanges({
      isAdmin: true,
      "about.role": "admin",
      "symptoms.scores.extra": 3,
      "consent.ip": "1.2.3.4",
    });
    const parsed = assessmentSchema.parse(input) as unknown as Json;
    expect(parsed).not.toHaveProperty("isAdmin");
    expect(parsed.about).not.toHaveProperty("role");
    expect((parsed.symptoms as Json).scores).not.toHaveProperty("extra");
    expect(parsed.consent).not.toHaveProperty("ip");
    expect(parsed).toEqual(exampleAssessment);
  });
});

describe("assessmentSchema rejects, naming the field and saying why", () => {
  it.each([
    [
      "a missing first name",
      { "about.firstName": undefined },
      "about.firstName",
      "First name is required",
    ],
    [
      "a blank first name",
      { "about.firstName": "   " },
      "about.firstName",
      "First name is required",
    ],
    [
      "a first name that is not text",
      { "about.firstName": 42 },
      "about.firstName",
      "First name is required",
    ],
    [
      "a last name over 100 characters",
      { "about.lastName": "a".repeat(101) },
      "about.lastName",
      "Last name must be at most 100 characters",
    ],
    [
      "markup in a name",
      { "about.firstName": "<script>alert(1)</script>" },
      "about.firstName",
      "First name can contain letters, spaces, apostrophes, hyphens and periods, and must start with a letter",
    ],
    [
      "digits in a name",
      { "about.lastName": "Rivera2" },
      "about.lastName",
      "Last name can contain letters, spaces, apostrophes, hyphens and periods, and must start with a letter",
    ],
    [
      "a first name mixing Latin and Cyrillic letters",
      { "about.firstName": "J\u043erdan" },
      "about.firstName",
      "First name mixes letters from different alphabets: write it in one alphabet",
    ],
    [
      "a long run of combining marks in a name",
      { "about.lastName": "Rive\u0301\u0302\u0303ra" },
      "about.lastName",
      "Last name has too many accent marks on one letter",
    ],
    [
      "a web address in a name",
      { "about.firstName": "Pay the fee at evil-pharmacy.example" },
      "about.firstName",
      "First name cannot contain a web address",
    ],
    [
      "a NUL character in a name",
      { "about.firstName": "Jor\u0000dan" },
      "about.firstName",
      "First name contains characters we cannot accept",
    ],
    [
      "a NUL character in free text",
      { "symptoms.mainSymptoms": "pain\u0000" },
      "symptoms.mainSymptoms",
      "Main symptoms contains characters we cannot accept",
    ],
    [
      "another control character",
      { "goals.goals": "walk\u0007" },
      "goals.goals",
      "Goals contains characters we cannot accept",
    ],
    [
      "free text over its limit",
      { "goals.goals": "x".repeat(2001) },
      "goals.goals",
      "Goals must be at most 2000 characters",
    ],
    [
      "required free text left blank",
      { "symptoms.mainSymptoms": " \n " },
      "symptoms.mainSymptoms",
      "Describe your main symptoms",
    ],
    ["a missing email", { "about.email": undefined }, "about.email", "Email is required"],
    [
      "an invalid email",
      { "about.email": "not-an-email" },
      "about.email",
      "Enter a valid email address, like name@example.com",
    ],
    [
      "an email over 254 characters",
      { "about.email": `${"a".repeat(243)}@example.com` },
      "about.email",
      "Email must be at most 254 characters",
    ],
    [
      "a phone with letters",
      { "about.phone": "call me" },
      "about.phone",
      "Enter a phone number using digits, spaces, +, ( ) or -",
    ],
    [
      "an impossible date",
      { "about.dateOfBirth": "1990-02-30" },
      "about.dateOfBirth",
      "Enter your date of birth as YYYY-MM-DD",
    ],
    [
      "29 February of a common year",
      { "about.dateOfBirth": "1999-02-29" },
      "about.dateOfBirth",
      "Enter your date of birth as YYYY-MM-DD",
    ],
    [
      "a date in another format",
      { "about.dateOfBirth": "03/14/1984" },
      "about.dateOfBirth",
      "Enter your date of birth as YYYY-MM-DD",
    ],
    [
      "a date before 1900",
      { "about.dateOfBirth": "1899-12-31" },
      "about.dateOfBirth",
      "Enter a date of birth after 1900",
    ],
    [
      "a lower-case state",
      { "about.state": licensedState.toLowerCase() },
      "about.state",
      "Choose your state",
    ],
    [
      "a state name instead of its code",
      { "about.state": "Texas" },
      "about.state",
      "Choose your state",
    ],
    [
      "a state outside the licence",
      { "about.state": unlicensedState },
      "about.state",
      "Our physician can only see residents of the states we are licensed in",
    ],
    [
      "an unknown in-state answer",
      { "about.inStateForVisit": "maybe" },
      "about.inStateForVisit",
      "Tell us whether you will be in the state for the visit",
    ],
    [
      "an unknown condition",
      { "condition.primaryCondition": "flu" },
      "condition.primaryCondition",
      "Choose the condition you want help with",
    ],
    [
      "a diagnosis year before 1930",
      { "condition.diagnosisYear": 1929 },
      "condition.diagnosisYear",
      "Enter a year after 1930",
    ],
    [
      "a fractional diagnosis year",
      { "condition.diagnosisYear": 2019.5 },
      "condition.diagnosisYear",
      "Enter a year, like 2019",
    ],
    [
      "a diagnosis year given as text",
      { "condition.diagnosisYear": "2019" },
      "condition.diagnosisYear",
      "Enter a year, like 2019",
    ],
    [
      "a diagnosis year in the future",
      { "condition.diagnosisYear": thisYear + 1 },
      "condition.diagnosisYear",
      "The year cannot be in the future",
    ],
    [
      "a score given as text",
      { "symptoms.scores.pain": "7" },
      "symptoms.scores.pain",
      "Rate your pain from 0 to 10",
    ],
    [
      "a score above 10",
      { "symptoms.scores.fatigue": 11 },
      "symptoms.scores.fatigue",
      "Rate your fatigue from 0 to 10",
    ],
    [
      "a negative score",
      { "symptoms.scores.sleep": -1 },
      "symptoms.scores.sleep",
      "Rate your sleep problems from 0 to 10",
    ],
    [
      "a fractional score",
      { "symptoms.scores.mood": 4.5 },
      "symptoms.scores.mood",
      "Rate your low mood from 0 to 10",
    ],
    [
      "an unknown duration",
      { "symptoms.duration": "forever" },
      "symptoms.duration",
      "Tell us how long you have had these symptoms",
    ],
    [
      "an unanswered safety question",
      { "symptoms.selfHarmThoughts": undefined },
      "symptoms.selfHarmThoughts",
      "Please answer this question",
    ],
    [
      "a boolean where a choice is expected",
      { "medications.opioidUse": true },
      "medications.opioidUse",
      "Please answer this question",
    ],
    [
      "an unknown pregnancy answer",
      { "medications.pregnancy": "maybe" },
      "medications.pregnancy",
      "Please answer this question",
    ],
    [
      "telemedicine consent not given",
      { "consent.telemedicine": false },
      "consent.telemedicine",
      "Please agree to be contacted about a telemedicine consultation",
    ],
    [
      "privacy notice not confirmed",
      { "consent.privacy": false },
      "consent.privacy",
      "Please confirm you have read the privacy notice",
    ],
    [
      "not-emergency notice given as text",
      { "consent.notEmergency": "true" },
      "consent.notEmergency",
      "Please confirm you understand this is not emergency care",
    ],
    [
      "a missing signature",
      { "consent.signature": undefined },
      "consent.signature",
      "Signature is required",
    ],
    [
      "a signature that is not the patient's name",
      { "consent.signature": "Jordan Rivers" },
      "consent.signature",
      "Type your first and last name exactly as entered above",
    ],
    [
      "a signature with only the first name",
      { "consent.signature": "Jordan" },
      "consent.signature",
      "Type your first and last name exactly as entered above",
    ],
    ["another form version", { formVersion: 2 }, "formVersion", "formVersion must be 1"],
  ])("%s", (_name, changes, path, message) => {
    expect(errorsOf(withChanges(changes))[path]).toBe(message);
  });

  it("a missing section, by its name", () => {
    expect(Object.keys(errorsOf(withChanges({ medications: undefined })))).toEqual(["medications"]);
  });

  it("something that is not an object at all, under _root", () => {
    expect(Object.keys(errorsOf("hello"))).toEqual(["_root"]);
    expect(Object.keys(errorsOf([exampleAssessment]))).toEqual(["_root"]);
  });
});

describe("conditional answers", () => {
  it("require the condition's name when the patient picks 'something else'", () => {
    const other = { "condition.primaryCondition": "other" };
    expect(errorsOf(withChanges(other))).toEqual({
      "condition.otherCondition": "Tell us the name of your condition",
    });
    expect(errorsOf(withChanges({ ...other, "condition.otherCondition": "   " }))).toEqual({
      "condition.otherCondition": "Tell us the name of your condition",
    });
    expect(accepts({ ...other, "condition.otherCondition": "Sarcoidosis" })).toBe(true);
  });

  it.each(["current", "recent"])("require opioid details when opioid use is %s", (opioidUse) => {
    expect(errorsOf(withChanges({ "medications.opioidUse": opioidUse }))).toEqual({
      "medications.opioidDetails": "Tell us which opioid medicine you take or took",
    });
    expect(
      accepts({
        "medications.opioidUse": opioidUse,
        "medications.opioidDetails": "Tramadol, last dose 3 days ago",
      }),
    ).toBe(true);
  });

  it("do not require opioid details without opioid use", () => {
    expect(
      accepts({ "medications.opioidUse": "none", "medications.opioidDetails": undefined }),
    ).toBe(true);
  });
});

describe("answers to follow-ups that are not asked", () => {
  it.each([
    [{ "medications.opioidUse": "none", "medications.opioidDetails": "Tramadol" }, "opioidDetails"],
    [{ "medications.opioidLastDose": "2026-01-02" }, "opioidLastDose"],
    [{ "medications.priorLdnDetails": "1.5 mg" }, "priorLdnDetails"],
  ])("are accepted and dropped on the server (%o)", (changes, dropped) => {
    const parsed = assessmentSchema.parse(withChanges(changes));
    expect(parsed.medications).not.toHaveProperty(dropped);
  });

  it("are dropped for a condition that is not 'other'", () => {
    const parsed = assessmentSchema.parse(withChanges({ "condition.otherCondition": "Lupus" }));
    expect(parsed.condition).not.toHaveProperty("otherCondition");
  });

  it("are kept while they apply", () => {
    const parsed = assessmentSchema.parse(
      withChanges({
        "medications.opioidUse": "recent",
        "medications.opioidDetails": "Codeine",
        "medications.opioidLastDose": "2026-01-02",
      }),
    );
    expect(parsed.medications).toMatchObject({
      opioidDetails: "Codeine",
      opioidLastDose: "2026-01-02",
    });
  });
});

describe("age rules on a fixed day (2026-11-25)", () => {
  onFixedDay();

  it("accept a patient whose 18th birthday is today", () => {
    expect(accepts({ "about.dateOfBirth": "2008-11-25" })).toBe(true);
  });

  it("reject a patient who turns 18 tomorrow", () => {
    expect(errorsOf(withChanges({ "about.dateOfBirth": "2008-11-26" }))).toEqual({
      "about.dateOfBirth": "You must be 18 or older to use this assessment",
    });
  });

  it("reject a date of birth in the future", () => {
    expect(errorsOf(withChanges({ "about.dateOfBirth": "2026-11-26" }))["about.dateOfBirth"]).toBe(
      "Date of birth cannot be in the future",
    );
  });

  it("still accept this year's diagnosis after the new year (the bound must not be frozen at start-up)", () => {
    // The schema module was loaded before the clock moved, as on a server running over New Year.
    vi.setSystemTime(new Date(`${thisYear + 1}-01-15T12:00:00Z`));
    expect(
      accepts({ "about.dateOfBirth": "1984-03-14", "condition.diagnosisYear": thisYear + 1 }),
    ).toBe(true);
  });
});

describe("ageOn", () => {
  const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

  it.each([
    ["2008-11-25", "2026-11-25", 18],
    ["2008-11-26", "2026-11-25", 17],
    ["2008-12-01", "2026-11-25", 17],
    ["2008-10-30", "2026-11-25", 18],
    ["1984-03-14", "2026-11-25", 42],
    ["2026-11-25", "2026-11-25", 0],
    ["2026-11-26", "2026-11-25", -1],
    // Born on a leap day: a year older on 1 March in common years.
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
    ["2008-02-29", "2028-02-29", 20],
  ])("born %s is %i on %s", (born, today, age) => {
    expect(ageOn(born, on(today))).toBe(age);
  });
});

describe("eligibility (the wizard's early gate)", () => {
  onFixedDay();

  it.each([
    ["nothing answered yet", {}, { eligible: true }],
    [
      "an adult in a licensed state",
      { dateOfBirth: "1984-03-14", state: licensedState },
      { eligible: true },
    ],
    ["an 18th birthday today", { dateOfBirth: "2008-11-25" }, { eligible: true }],
    ["a 17-year-old", { dateOfBirth: "2008-11-26" }, { eligible: false, reason: "age" }],
    ["an unlicensed state", { state: unlicensedState }, { eligible: false, reason: "state" }],
    [
      "a minor in an unlicensed state (age first)",
      { dateOfBirth: "2015-01-01", state: unlicensedState },
      { eligible: false, reason: "age" },
    ],
    ["a date still being typed", { dateOfBirth: "2015-01" }, { eligible: true }],
    ["a state code not yet valid", { state: "c" }, { eligible: true }],
  ])("%s", (_name, answers, expected) => {
    expect(eligibility(answers)).toEqual(expected);
  });
});

describe("fieldErrors", () => {
  it("maps each issue's path to its message, keeps the first message per field, and puts path-less issues under _root", () => {
    const error = new z.ZodError([
      { code: "custom", path: ["about", "email"], message: "first", input: "x" },
      { code: "custom", path: ["about", "email"], message: "second", input: "x" },
      { code: "custom", path: ["symptoms", "scores", "pain"], message: "score", input: 11 },
      { code: "custom", path: ["items", 0, "name"], message: "indexed", input: null },
      { code: "custom", path: [], message: "whole", input: null },
    ]);
    expect(fieldErrors(error)).toEqual({
      "about.email": "first",
      "symptoms.scores.pain": "score",
      "items.0.name": "indexed",
      _root: "whole",
    });
  });

  it("reports every invalid field of a real parse at once", () => {
    const errors = errorsOf(
      withChanges({ "about.email": "nope", "symptoms.scores.pain": 12, "consent.privacy": false }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      "about.email",
      "consent.privacy",
      "symptoms.scores.pain",
    ]);
    for (const message of Object.values(errors)) expect(typeof message).toBe("string");
  });
});

describe("step-level follow-up questions", () => {
  it("reports a missing follow-up together with the step's other errors", async () => {
    const { medicationsSchema, conditionSchema, fieldErrors } =
      await import("@/lib/validations/assessment");
    const meds = medicationsSchema.safeParse({ opioidUse: "current" });
    expect(meds.success).toBe(false);
    const medErrors = fieldErrors(meds.error!);
    expect(medErrors.opioidDetails).toBe("Tell us which opioid medicine you take or took");
    expect(medErrors.plannedSurgery).toBeDefined();

    const condition = conditionSchema.safeParse({ primaryCondition: "other" });
    const conditionErrors = fieldErrors(condition.error!);
    expect(conditionErrors.otherCondition).toBe("Tell us the name of your condition");
    expect(conditionErrors.diagnosis).toBeDefined();
  });

  it("does not ask for opioid details before the opioid question is answered", async () => {
    const { medicationsSchema, fieldErrors } = await import("@/lib/validations/assessment");
    const result = medicationsSchema.safeParse({});
    expect(fieldErrors(result.error!)).not.toHaveProperty("opioidDetails");
  });
});
