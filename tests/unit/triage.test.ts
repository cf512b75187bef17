import { describe, expect, it } from "vitest";
import { practice, stateNames } from "@/lib/config";
import { flagDefinitions, type FlagCode, triage } from "@/lib/triage/rules";
import { type Assessment, assessmentSchema } from "@/lib/validations/assessment";
import { exampleAssessment } from "@/lib/validations/assessment/example";

// The example patient was born 1984-03-14; triage is judged as of a fixed day.
const TODAY = new Date("2026-11-25T12:00:00Z");
const base: Assessment = assessmentSchema.parse(exampleAssessment);
const unlicensedState = Object.keys(stateNames).find((s) => !practice.licensedStates.includes(s))!;

type Patch = { [K in keyof Assessment]?: Partial<Assessment[K]> };

function patient(...patches: Patch[]): Assessment {
  const a = structuredClone(base);
  for (const patch of patches)
    for (const [section, values] of Object.entries(patch))
      Object.assign(a[section as keyof Assessment] as object, values);
  return a;
}

const codes = (a: Assessment) => triage(a, TODAY).flags.map((f) => f.code);

/** One answer that raises each flag, and the reason the physician reads next to it. */
const triggers: Record<FlagCode, { patch: Patch; reason: string }> = {
  crisis: {
    patch: { symptoms: { selfHarmThoughts: "yes" } },
    reason: "Reported thoughts of self-harm: reach out today; 988 and 911 were shown.",
  },
  opioid_use: {
    patch: { medications: { opioidUse: "current", opioidDetails: "Tramadol 50 mg daily" } },
    reason:
      "Takes opioids now: naltrexone blocks them and can precipitate withdrawal; not a candidate while taking opioids.",
  },
  under_18: {
    patch: { about: { dateOfBirth: "2008-11-26" } },
    reason: "Under 18: the practice treats adults only.",
  },
  outside_licensed_state: {
    patch: { about: { inStateForVisit: "no" } },
    reason: "Will not be in a licensed state at the time of the visit.",
  },
  planned_surgery: {
    patch: { medications: { plannedSurgery: "yes" } },
    reason:
      "Surgery or a procedure planned soon: may need opioid pain relief; LDN is paused before it.",
  },
  pregnancy: {
    patch: { medications: { pregnancy: "pregnant" } },
    reason: "Pregnancy status: pregnant; limited safety data, discuss risks and benefits.",
  },
  transplant_immunosuppression: {
    patch: { medications: { transplantOrImmunosuppressants: "yes" } },
    reason: "Organ transplant or strong immunosuppressants: immune effects need specialist input.",
  },
  liver_disease: {
    patch: { medications: { liverDisease: "yes" } },
    reason:
      "Liver disease or hepatitis (yes): naltrexone is processed by the liver; check liver tests.",
  },
  naltrexone_for_alcohol: {
    patch: { medications: { naltrexoneForAlcohol: "yes" } },
    reason: "Already takes naltrexone for alcohol dependence: LDN would duplicate it.",
  },
  kidney_disease: {
    patch: { medications: { kidneyDisease: "yes" } },
    reason: "Kidney disease (yes): dosing may need adjustment.",
  },
  thyroid_medication: {
    patch: { medications: { thyroidMedication: "yes" } },
    reason: "Takes thyroid hormone: LDN can lower the dose needed; watch for over-replacement.",
  },
};
const allCodes = Object.keys(triggers) as FlagCode[];
const weight = (code: FlagCode) => flagDefinitions[code].weight;

describe("triage flags", () => {
  it("raises no flag and priority 0 for the example patient", () => {
    expect(triage(base, TODAY)).toEqual({ flags: [], priority: 0 });
  });

  it("has a trigger in this test for every flag the rules define", () => {
    expect([...allCodes].sort()).toEqual(Object.keys(flagDefinitions).sort());
  });

  it.each(allCodes)(
    "raises %s alone, with its reason, for the answer that calls for it",
    (code) => {
      const { patch, reason } = triggers[code];
      expect(triage(patient(patch), TODAY)).toEqual({
        flags: [{ code, reason }],
        priority: weight(code),
      });
    },
  );

  it.each([
    [
      "opioids taken recently but not now",
      { medications: { opioidUse: "recent", opioidDetails: "Codeine last week" } },
      "opioid_use",
      "Opioids in the last 10 days: naltrexone can precipitate withdrawal; confirm an opioid-free interval first.",
    ],
    [
      "breastfeeding",
      { medications: { pregnancy: "breastfeeding" } },
      "pregnancy",
      "Pregnancy status: breastfeeding; limited safety data, discuss risks and benefits.",
    ],
    [
      "planning a pregnancy",
      { medications: { pregnancy: "planning" } },
      "pregnancy",
      "Pregnancy status: planning; limited safety data, discuss risks and benefits.",
    ],
    [
      "unsure about liver disease",
      { medications: { liverDisease: "unsure" } },
      "liver_disease",
      "Liver disease or hepatitis (unsure): naltrexone is processed by the liver; check liver tests.",
    ],
    [
      "unsure about kidney disease",
      { medications: { kidneyDisease: "unsure" } },
      "kidney_disease",
      "Kidney disease (unsure): dosing may need adjustment.",
    ],
    [
      "living in an unlicensed state",
      { about: { state: unlicensedState } },
      "outside_licensed_state",
      "Will not be in a licensed state at the time of the visit.",
    ],
  ] as [string, Patch, FlagCode, string][])(
    "raises a flag for %s",
    (_name, patch, code, reason) => {
      expect(triage(patient(patch), TODAY).flags).toEqual([{ code, reason }]);
    },
  );

  it.each([
    ["no opioids", { medications: { opioidUse: "none" } }],
    ["not pregnant", { medications: { pregnancy: "no" } }],
    ["pregnancy not applicable", { medications: { pregnancy: "not_applicable" } }],
    ["no self-harm thoughts", { symptoms: { selfHarmThoughts: "no" } }],
    [
      "a resident in state for the visit",
      { about: { state: practice.licensedStates[0], inStateForVisit: "yes" } },
    ],
    [
      "prior LDN use and a preferred pharmacy (captured, not flagged)",
      {
        medications: {
          priorLdn: "yes",
          priorLdnDetails: "1.5 mg, helped",
          preferredPharmacy: "Town Compounding",
        },
      },
    ],
    [
      "high symptom scores",
      { symptoms: { scores: { pain: 10, fatigue: 10, sleep: 10, mood: 10 } } },
    ],
  ] as [string, Patch][])("raises nothing for %s", (_name, patch) => {
    expect(codes(patient(patch))).toEqual([]);
  });

  it("flags under 18 until the 18th birthday, judged on the day given", () => {
    const born = patient({ about: { dateOfBirth: "2008-11-25" } });
    expect(codes(born)).toEqual([]);
    expect(triage(born, new Date("2026-11-24T23:59:59Z")).flags.map((f) => f.code)).toEqual([
      "under_18",
    ]);
  });
});

describe("triage order and priority", () => {
  it("orders flags by weight, most urgent first, whatever the order of the answers", () => {
    const everything = patient(...allCodes.map((c) => triggers[c].patch));
    const weights = triage(everything, TODAY).flags.map((f) => weight(f.code));
    expect(codes(everything)).toHaveLength(allCodes.length);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(codes(everything).slice(0, 4)).toEqual([
      "crisis",
      "opioid_use",
      "under_18",
      "outside_licensed_state",
    ]);
  });

  it("computes priority as the top weight plus one per other flag", () => {
    const three = patient(
      triggers.thyroid_medication.patch,
      triggers.planned_surgery.patch,
      triggers.kidney_disease.patch,
    );
    expect(triage(three, TODAY)).toMatchObject({ priority: 50 + 2 });
    const everything = patient(...allCodes.map((c) => triggers[c].patch));
    expect(triage(everything, TODAY).priority).toBe(100 + allCodes.length - 1);
  });

  it("puts a crisis above opioid use, and opioid use above everything else", () => {
    const both = triage(patient(triggers.crisis.patch, triggers.opioid_use.patch), TODAY);
    expect(both.flags.map((f) => f.code)).toEqual(["crisis", "opioid_use"]);
    expect(both.priority).toBeGreaterThan(
      triage(patient(triggers.opioid_use.patch), TODAY).priority,
    );
  });

  it.each(allCodes)("ranks a lone %s above every combination of lighter flags", (code) => {
    const lighter = allCodes.filter((c) => weight(c) < weight(code));
    const all = triage(patient(...lighter.map((c) => triggers[c].patch)), TODAY);
    expect(all.priority).toBeLessThan(weight(code));
  });
});
