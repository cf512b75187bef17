import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/assessments/route";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import { query } from "../support/db";
import { resetStaffData } from "../support/staff-fixtures";

// Synthetic patients posted to POST /api/assessments as any client would: the server screens the
// patient's own words whatever the client sent, and stores the flags with the submission.

type Patch = Record<string, Record<string, unknown>>;

function patient(patch: Patch): Record<string, unknown> {
  const copy = structuredClone(exampleAssessment) as unknown as Record<
    string,
    Record<string, unknown>
  >;
  for (const [step, values] of Object.entries(patch)) Object.assign(copy[step]!, values);
  return copy;
}

async function flagsAfterPosting(body: unknown): Promise<string[]> {
  const response = await POST(
    new Request("http://localhost/api/assessments", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    }),
  );
  expect(response.status).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  const [row] = await query<{ flags: string[] }>(
    "SELECT flags FROM submission WHERE reference = $1",
    [reference],
  );
  return row!.flags;
}

beforeEach(resetStaffData);

describe("POST /api/assessments screens the patient's own words", () => {
  it.each([
    [
      "Norco in the medicines, 'No' to opioids",
      { medications: { currentMedications: "Norco 5/325 at night" } },
      "opioid_use",
    ],
    ["Suboxone", { medications: { currentMedications: "Suboxone film 8 mg" } }, "opioid_use"],
    [
      "Armour Thyroid, 'No' to thyroid hormone",
      { medications: { currentMedications: "Armour Thyroid 60 mg" } },
      "thyroid_medication",
    ],
    [
      "Prograf after a transplant",
      { medications: { currentMedications: "Prograf 1 mg" } },
      "transplant_immunosuppression",
    ],
    ["Contrave", { medications: { currentMedications: "Contrave" } }, "naltrexone_for_alcohol"],
    ["cirrhosis", { condition: { otherDiagnoses: "Cirrhosis" } }, "liver_disease"],
    ["dialysis", { condition: { otherDiagnoses: "On dialysis" } }, "kidney_disease"],
    ["10 weeks pregnant", { symptoms: { mainSymptoms: "I am 10 weeks pregnant" } }, "pregnancy"],
    [
      "knee replacement next month",
      { goals: { questions: "Knee replacement next month - ok?" } },
      "planned_surgery",
    ],
    [
      "thoughts of ending their life",
      { symptoms: { mainSymptoms: "I have been thinking about ending my life" } },
      "crisis",
    ],
    [
      "an allergy to naltrexone",
      { medications: { drugAllergies: "naltrexone: rash" } },
      "naltrexone_allergy",
    ],
  ] as [string, Patch, string][])("flags %s", async (_name, patch, code) => {
    expect(await flagsAfterPosting(patient(patch))).toContain(code);
  });

  it.each([
    ["no opioids", { medications: { currentMedications: "No opioids; duloxetine 30 mg" } }],
    ["past use", { medications: { currentMedications: "stopped tramadol in 2019" } }],
    ["family history", { condition: { otherDiagnoses: "My mother has cirrhosis" } }],
    ["a clean patient", {}],
  ] as [string, Patch][])("keeps %s clean", async (_name, patch) => {
    expect(await flagsAfterPosting(patient(patch))).toEqual([]);
  });

  it("still accepts a body written before the new questions, and flags it from the words", async () => {
    const old = patient({ medications: { currentMedications: "Tylenol #3" } });
    const meds = old.medications as Record<string, unknown>;
    delete meds.drugAllergies;
    delete meds.opioidLastDose;
    expect(await flagsAfterPosting(old)).toEqual(["opioid_use"]);
  });
});
