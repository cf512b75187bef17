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
    reason:
      "Answered 'Yes' to thoughts of being better off dead or of self-harm in the past two weeks: contact the patient today.",
  },
  opioid_use: {
    patch: {
      medications: {
        opioidUse: "current",
        opioidDetails: "Tramadol 50 mg daily",
        opioidLastDose: "2026-11-25",
      },
    },
    reason:
      "Takes opioids now (answered 'Yes, I take them now'); last dose 2026-11-25 (0 days ago): naltrexone blocks them and can precipitate withdrawal; LDN cannot start while taking opioids (short-acting opioids: 7–10 opioid-free days before naltrexone).",
  },
  under_18: {
    patch: { about: { dateOfBirth: "2008-11-26" } },
    reason: "Under 18 (born 2008-11-26): the practice treats adults only.",
  },
  outside_licensed_state: {
    patch: { about: { inStateForVisit: "no" } },
    reason: "Answered 'No' to being in Texas at the time of the visit.",
  },
  planned_surgery: {
    patch: { medications: { plannedSurgery: "yes" } },
    reason:
      "Surgery or a procedure planned in the next few months: may need opioid pain relief; LDN is paused before it.",
  },
  pregnancy: {
    patch: { medications: { pregnancy: "pregnant" } },
    reason:
      "Answered 'I am pregnant': limited safety data in pregnancy and breastfeeding; discuss benefits and risks.",
  },
  transplant_immunosuppression: {
    patch: { medications: { transplantOrImmunosuppressants: "yes" } },
    reason:
      "Organ transplant or strong immunosuppressants (answered 'Yes'): immune effects need specialist input.",
  },
  liver_disease: {
    patch: { medications: { liverDisease: "yes" } },
    reason:
      "Answered 'Yes' to liver disease or hepatitis: naltrexone is processed by the liver; check liver tests.",
  },
  naltrexone_for_alcohol: {
    patch: { medications: { naltrexoneForAlcohol: "yes" } },
    reason: "Already takes naltrexone (answered 'Yes'): LDN would duplicate it.",
  },
  kidney_disease: {
    patch: { medications: { kidneyDisease: "yes" } },
    reason: "Answered 'Yes' to kidney disease: dosing may need adjustment; check kidney function.",
  },
  thyroid_medication: {
    patch: { medications: { thyroidMedication: "yes" } },
    reason: "Takes thyroid hormone (answered 'Yes'): LDN may lower the dose needed; check TSH.",
  },
  naltrexone_allergy: {
    patch: { medications: { drugAllergies: "Naltrexone (hives)" } },
    reason:
      "Medicine allergies mentions 'Naltrexone' (an allergy to naltrexone, a contraindication).",
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
      "Took opioids recently (answered 'Yes, in the last 14 days but not now'); date of last dose not given: naltrexone can precipitate withdrawal; confirm the opioid-free interval first (short-acting opioids: 7–10 opioid-free days before naltrexone).",
    ],
    [
      "breastfeeding",
      { medications: { pregnancy: "breastfeeding" } },
      "pregnancy",
      "Answered 'I am breastfeeding': limited safety data in pregnancy and breastfeeding; discuss benefits and risks.",
    ],
    [
      "planning a pregnancy",
      { medications: { pregnancy: "planning" } },
      "pregnancy",
      "Answered 'I am planning a pregnancy in the next year': limited safety data in pregnancy and breastfeeding; discuss benefits and risks.",
    ],
    [
      "unsure about liver disease",
      { medications: { liverDisease: "unsure" } },
      "liver_disease",
      "Answered 'I'm not sure' to liver disease or hepatitis: naltrexone is processed by the liver; check liver tests.",
    ],
    [
      "unsure about kidney disease",
      { medications: { kidneyDisease: "unsure" } },
      "kidney_disease",
      "Answered 'I'm not sure' to kidney disease: dosing may need adjustment; check kidney function.",
    ],
    [
      "living in an unlicensed state",
      { about: { state: unlicensedState } },
      "outside_licensed_state",
      `Lives in ${stateNames[unlicensedState]}, outside the licensed state(s) (Texas).`,
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
    expect(codes(everything).slice(0, 5)).toEqual([
      "crisis",
      "opioid_use",
      "naltrexone_allergy",
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
    expect(triage(everything, TODAY).priority).toBe(weight("crisis") + allCodes.length - 1);
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
