import { describe, expect, it } from "vitest";
import { flagDefinitions, type FlagCode, triage } from "@/lib/triage/rules";
import { screenedFields } from "@/lib/triage/fields";
import { type Assessment, assessmentSchema } from "@/lib/validations/assessment";
import { exampleAssessment } from "@/lib/validations/assessment/example";

// Synthetic patients whose risk shows only in their own words (the yes/no answers all say "no"),
// and clean patients whose words must raise nothing. Judged as of a fixed day.
const TODAY = new Date("2026-11-25T18:00:00Z");
const base: Assessment = assessmentSchema.parse(exampleAssessment);

type Texts = {
  meds?: string;
  details?: string;
  diagnoses?: string;
  symptoms?: string;
  goals?: string;
  tried?: string;
  questions?: string;
  allergies?: string;
  priorLdn?: string;
};

function patient(t: Texts): Assessment {
  const a = structuredClone(base);
  if (t.meds !== undefined) a.medications.currentMedications = t.meds;
  if (t.details !== undefined) a.medications.opioidDetails = t.details;
  if (t.diagnoses !== undefined) a.condition.otherDiagnoses = t.diagnoses;
  if (t.symptoms !== undefined) a.symptoms.mainSymptoms = t.symptoms;
  if (t.goals !== undefined) a.goals.goals = t.goals;
  if (t.tried !== undefined) a.goals.previousTreatments = t.tried;
  if (t.questions !== undefined) a.goals.questions = t.questions;
  if (t.allergies !== undefined) a.medications.drugAllergies = t.allergies;
  if (t.priorLdn !== undefined) {
    a.medications.priorLdn = "yes";
    a.medications.priorLdnDetails = t.priorLdn;
  }
  return a;
}

const codes = (t: Texts) => triage(patient(t), TODAY).flags.map((f) => f.code);

const risky: [string, Texts, FlagCode][] = [
  // Opioids by brand, generic, combination, misspelling and street name.
  ["Norco (brand of hydrocodone)", { meds: "Norco 5/325 twice a day" }, "opioid_use"],
  ["Tylenol #3 (codeine combination)", { meds: "Tylenol #3 for headaches" }, "opioid_use"],
  ["Tylenol with codeine", { meds: "tylenol with codeine at night" }, "opioid_use"],
  ["Suboxone (buprenorphine)", { meds: "Suboxone 8 mg film daily" }, "opioid_use"],
  ["tramadol (generic)", { meds: "Tramadol 50mg as needed" }, "opioid_use"],
  ["tramadol misspelt", { meds: "tramadal 50 mg" }, "opioid_use"],
  ["Percocet misspelt", { meds: "percoset when the pain is bad" }, "opioid_use"],
  ["oxycodone misspelt", { meds: "oxycodon 5 mg" }, "opioid_use"],
  ["hydrocodone misspelt", { meds: "hydrocodon 10" }, "opioid_use"],
  ["methadone misspelt", { meds: "methodone 40 mg daily" }, "opioid_use"],
  ["buprenorphine misspelt", { meds: "buprenorfine patch" }, "opioid_use"],
  ["kratom", { meds: "Kratom capsules most days" }, "opioid_use"],
  ["codeine cough syrup", { meds: "Promethazine with codeine cough syrup" }, "opioid_use"],
  ["fentanyl patch (Duragesic)", { meds: "Duragesic 25 mcg patch" }, "opioid_use"],
  ["Nucynta (tapentadol)", { meds: "Nucynta ER" }, "opioid_use"],
  ["Lomotil (diphenoxylate)", { meds: "lomotil for diarrhea" }, "opioid_use"],
  ["Dilaudid (hydromorphone)", { meds: "Dilaudid 2mg" }, "opioid_use"],
  ["Belbuca (buprenorphine film)", { meds: "belbuca" }, "opioid_use"],
  [
    "opioid in the main symptoms",
    { symptoms: "Back pain, I take Vicodin most days" },
    "opioid_use",
  ],
  ["stopped an opioid days ago", { meds: "I stopped tramadol 3 days ago" }, "opioid_use"],
  ["wants to get off an opioid", { goals: "I want to get off Norco" }, "opioid_use"],
  ["contrast after a denial", { meds: "No opioids but I take Ultram sometimes" }, "opioid_use"],
  // Thyroid hormones.
  ["Synthroid", { meds: "Synthroid 75 mcg" }, "thyroid_medication"],
  ["Armour Thyroid", { meds: "Armour Thyroid 60 mg" }, "thyroid_medication"],
  ["Armour alone", { meds: "armour 90mg every morning" }, "thyroid_medication"],
  ["levothyroxine misspelt", { meds: "levothyroxin 50" }, "thyroid_medication"],
  ["Cytomel (liothyronine)", { meds: "cytomel 5 mcg" }, "thyroid_medication"],
  ["NP Thyroid", { meds: "NP Thyroid" }, "thyroid_medication"],
  ["Tirosint", { meds: "Tirosint 88" }, "thyroid_medication"],
  // Anti-rejection drugs and transplants.
  ["Prograf (tacrolimus)", { meds: "Prograf 1 mg twice daily" }, "transplant_immunosuppression"],
  ["CellCept (mycophenolate)", { meds: "CellCept 500" }, "transplant_immunosuppression"],
  ["tacrolimus misspelt", { meds: "tacrolimis" }, "transplant_immunosuppression"],
  ["azathioprine (Imuran)", { meds: "Imuran 50mg" }, "transplant_immunosuppression"],
  ["sirolimus", { meds: "sirolimus" }, "transplant_immunosuppression"],
  [
    "a kidney transplant",
    { diagnoses: "Kidney transplant in 2015" },
    "transplant_immunosuppression",
  ],
  // Products that already contain an opioid antagonist.
  ["Contrave", { meds: "Contrave for weight loss" }, "naltrexone_for_alcohol"],
  ["Vivitrol", { meds: "Vivitrol shot monthly" }, "naltrexone_for_alcohol"],
  ["Revia", { meds: "revia 50 mg" }, "naltrexone_for_alcohol"],
  ["Lybalvi (samidorphan)", { meds: "Lybalvi 10/10" }, "naltrexone_for_alcohol"],
  ["naltrexone allergy", { allergies: "naltrexone - hives" }, "naltrexone_allergy"],
  [
    "allergic to naltrexone elsewhere",
    { questions: "I am allergic to naltrexone, is LDN different?" },
    "naltrexone_allergy",
  ],
  // Conditions in the patient's words.
  ["cirrhosis", { diagnoses: "Cirrhosis" }, "liver_disease"],
  ["hepatitis C", { diagnoses: "Hepatitis C, on treatment now" }, "liver_disease"],
  ["fatty liver", { diagnoses: "fatty liver disease" }, "liver_disease"],
  ["dialysis", { diagnoses: "on dialysis three times a week" }, "kidney_disease"],
  ["chronic kidney disease", { diagnoses: "CKD stage 3" }, "kidney_disease"],
  [
    "kidney failure",
    { symptoms: "tired all the time because of kidney failure" },
    "kidney_disease",
  ],
  ["N weeks pregnant", { symptoms: "I am 10 weeks pregnant and in pain" }, "pregnancy"],
  ["IVF", { goals: "Feel better before IVF next month" }, "pregnancy"],
  ["breastfeeding", { questions: "I am breastfeeding my son, can I take LDN?" }, "pregnancy"],
  ["trying to conceive", { goals: "We are trying to conceive" }, "pregnancy"],
  ["knee replacement next month", { symptoms: "Knee replacement next month" }, "planned_surgery"],
  ["scheduled surgery", { questions: "I have a surgery scheduled for January" }, "planned_surgery"],
  ["a colonoscopy soon", { diagnoses: "Colonoscopy in 2 weeks" }, "planned_surgery"],
  [
    "thinking about ending my life",
    { symptoms: "I have been thinking about ending my life" },
    "crisis",
  ],
  ["suicidal thoughts", { symptoms: "constant pain and suicidal thoughts" }, "crisis"],
  ["wanting to die", { goals: "Some days I want to die" }, "crisis"],
  ["self-harm", { symptoms: "self-harm when the pain is bad" }, "crisis"],
  ["better off without me", { goals: "Everyone would be better off without me" }, "crisis"],
  ["Tylenol No. 3", { meds: "Tylenol No. 3 at bedtime" }, "opioid_use"],
  ["Oxy slang", { meds: "oxy 10 when needed" }, "opioid_use"],
  ["no side effects from an opioid", { meds: "Tramadol 50 mg, no side effects" }, "opioid_use"],
  [
    "'no problems with' a thyroid hormone",
    { meds: "No problems with my Synthroid" },
    "thyroid_medication",
  ],
  [
    "thyroid hormone in words",
    { meds: "I take thyroid hormone every morning" },
    "thyroid_medication",
  ],
  [
    "a gallbladder out next month",
    { goals: "Having my gallbladder removed next month" },
    "planned_surgery",
  ],
  ["hydrocodone-acetaminophen", { meds: "hydrocodone-acetaminophen 5-325" }, "opioid_use"],
  ["methadone maintenance", { meds: "On methadone maintenance, 60 mg" }, "opioid_use"],
  ["Hep C", { diagnoses: "Hep C" }, "liver_disease"],
  ["a plural brand", { meds: "norcos when my back flares" }, "opioid_use"],
  ["getting off an opioid", { goals: "Get off the oxycodone I take every day" }, "opioid_use"],
];

const clean: [string, Texts][] = [
  ["the example patient's own words", {}],
  ["a denial of opioids", { meds: "No opioids. Duloxetine 30 mg" }],
  ["never took opioids", { meds: "Never took any opioid pain medicine" }],
  ["an opioid stopped years ago", { meds: "Stopped tramadol in 2019" }],
  ["an opioid no longer taken", { meds: "tramadol - no longer taking" }],
  ["past use in treatments tried", { tried: "Tramadol, physical therapy, gabapentin" }],
  ["an opioid allergy", { allergies: "codeine (vomiting), penicillin" }],
  ["allergic to codeine in medications", { meds: "Allergic to codeine. Take ibuprofen" }],
  ["family history of liver disease", { diagnoses: "My mother has cirrhosis" }],
  ["a relative's transplant", { diagnoses: "my brother had a kidney transplant" }],
  ["family history in general", { diagnoses: "Family history of kidney disease" }],
  ["someone else's suicide", { symptoms: "Low mood since my brother died by suicide" }],
  ["no suicidal thoughts", { symptoms: "Low mood but no suicidal thoughts" }],
  ["not pregnant", { goals: "I'm not pregnant and not planning to be" }],
  ["past surgery", { tried: "Had knee surgery in 2018" }],
  ["no surgery planned", { questions: "No surgery planned" }],
  ["a hepatitis vaccine", { diagnoses: "Vaccinated for hepatitis B" }],
  ["hepatitis cured long ago", { diagnoses: "Hepatitis C, cured in 2016" }],
  ["LDN in the goals", { goals: "I hope low dose naltrexone helps my fatigue" }],
  ["naltrexone question", { questions: "How long does naltrexone take to work?" }],
  ["prior LDN details", { priorLdn: "Took low dose naltrexone 3 mg in 2022, vivid dreams" }],
  ["opioid receptors", { goals: "I read LDN works on opioid receptors" }],
  ["a question about opioids", { questions: "Can I take tramadol after starting LDN?" }],
  ["a thyroid condition without hormone", { diagnoses: "Hashimoto's, thyroid levels normal" }],
  [
    "ordinary words near medicine names",
    { goals: "A program of exercise and morphing my routine" },
  ],
  ["a surname-like word in a pharmacy field", { meds: "Vitamin D, magnesium, fish oil" }],
  ["pain after a past operation", { symptoms: "Pain since an operation three years ago" }],
  ["stopped methadone years ago", { tried: "methadone until 2015" }],
  ["a nurse by trade", { goals: "Get back to nursing school" }],
  ["high symptom words", { symptoms: "Widespread pain, brain fog, fatigue, poor sleep" }],
  ["everyday painkillers", { meds: "Tylenol, ibuprofen, gabapentin, Lyrica, Cymbalta" }],
  ["thyroid levels", { diagnoses: "Thyroid hormone levels normal last year" }],
  ["a rescue spray", { meds: "Narcan kit at home just in case" }],
  ["opioid-free years", { goals: "Opioid-free for five years and want to stay that way" }],
  ["someone else's opioid", { meds: "My husband takes tramadol" }],
  ["an old surgery", { tried: "Knee surgery in 2015 helped for a while" }],
  ["an opioid allergy in words", { meds: "allergic to morphine" }],
  ["quit long ago", { tried: "Quit kratom last year" }],
  ["a question about pregnancy", { questions: "Is LDN safe in pregnancy?" }],
  ["dextromethorphan cough syrup", { meds: "Promethazine DM cough syrup" }],
];

describe("screening the patient's own words", () => {
  it.each(risky)("flags %s", (_name, texts, code) => {
    expect(codes(texts)).toContain(code);
  });

  it.each(clean)("raises nothing for %s", (_name, texts) => {
    expect(codes(texts)).toEqual([]);
  });

  it("has at least 50 cases", () => {
    expect(risky.length + clean.length).toBeGreaterThanOrEqual(50);
  });

  it("says where and what, and names the conflict with the answer", () => {
    const { flags } = triage(patient({ meds: "Norco 5/325" }), TODAY);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.reason).toContain(
      "Current medications mentions 'Norco 5/325' (hydrocodone, an opioid); answered 'No, none in the last 14 days' to opioid use.",
    );
  });

  it("adds what the words say to a flag the answers already raised", () => {
    const a = patient({ meds: "Synthroid 50" });
    a.medications.thyroidMedication = "yes";
    const [flag] = triage(a, TODAY).flags;
    expect(flag).toEqual({
      code: "thyroid_medication",
      reason:
        "Takes thyroid hormone (answered 'Yes'): LDN may lower the dose needed; check TSH. Also: Current medications mentions 'Synthroid 50' (levothyroxine, a thyroid hormone).",
    });
  });

  it("asks for the longer opioid-free window after methadone or buprenorphine", () => {
    const a = patient({ details: "Suboxone 8 mg" });
    a.medications.opioidUse = "recent";
    a.medications.opioidLastDose = "2026-11-15";
    const reason = triage(a, TODAY).flags[0]!.reason;
    expect(reason).toContain("last dose 2026-11-15 (10 days ago)");
    expect(reason).toContain("about 14 opioid-free days");
  });

  it("reads every text field the schema declares, and none of the identity fields", () => {
    const paths = screenedFields.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "condition.otherCondition",
        "condition.otherDiagnoses",
        "symptoms.mainSymptoms",
        "medications.currentMedications",
        "medications.opioidDetails",
        "medications.priorLdnDetails",
        "medications.drugAllergies",
        "goals.goals",
        "goals.previousTreatments",
        "goals.questions",
      ]),
    );
    for (const identity of [
      "about.firstName",
      "about.lastName",
      "about.phone",
      "consent.signature",
    ])
      expect(paths).not.toContain(identity);
  });

  it("never flags a name: a patient called Armour stays clean", () => {
    const a = patient({});
    a.about.lastName = "Armour";
    a.consent.signature = "Jordan Armour";
    expect(triage(a, TODAY).flags).toEqual([]);
  });

  it("defines every code it can raise", () => {
    for (const { code } of triage(patient({ meds: "Norco", allergies: "naltrexone" }), TODAY).flags)
      expect(flagDefinitions[code]).toBeDefined();
  });
});
