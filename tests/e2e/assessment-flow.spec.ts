import { expect, test } from "@playwright/test";
import {
  aboutAnswers,
  answerUpToReview,
  choose,
  continueTo,
  expectDraftToContain,
  expectStep,
  fillAbout,
  fillCondition,
  fillGoals,
  fillMedications,
  fillSymptoms,
  question,
  rate,
  readDraft,
  signAndAgree,
  submitAndReadReference,
  waitForWizard,
} from "./assessment-support";
import { query } from "./support";

type SubmissionRow = {
  reference: string;
  email: string;
  first_name: string;
  primary_condition: string;
  state: string;
  flags: string[];
  diagnosis_year: string | null;
};

async function submissionsWith(reference: string): Promise<SubmissionRow[]> {
  return query<SubmissionRow>(
    `SELECT reference, email, first_name, primary_condition, state, flags,
            answers->'condition'->>'diagnosisYear' AS diagnosis_year
       FROM submission WHERE reference = $1`,
    [reference],
  );
}

test.describe("assessment journey", () => {
  test("a patient reads about LDN, fills every step, survives a reload, edits, signs and is stored once", async ({
    page,
  }) => {
    const about = aboutAnswers();

    await page.goto("/learn");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Take the assessment" })
      .click();
    await expect(page).toHaveURL(/\/assessment$/);
    await waitForWizard(page);
    expect(await readDraft(page)).toBeNull();
    await expectStep(page, 1, "About you");

    await fillAbout(page, about);
    await continueTo(page, 2, "Your condition");
    await expect(page.getByRole("heading", { level: 2, name: "Your condition" })).toBeFocused();
    await fillCondition(page);
    await continueTo(page, 3, "Symptoms");

    // Half-way through step 3 the tab reloads: nothing typed so far may be lost.
    await page.getByLabel("Your main symptoms").fill("Widespread pain and poor sleep.");
    await choose(page, "How long have you had these symptoms?", "More than 2 years");
    await rate(page, "Pain", 7);
    await expectDraftToContain(page, '"pain":7');
    await page.reload();
    await waitForWizard(page);

    await expectStep(page, 3, "Symptoms");
    await expect(page.getByLabel("Your main symptoms")).toHaveValue(
      "Widespread pain and poor sleep.",
    );
    await expect(
      question(page, "How long have you had these symptoms?").getByRole("radio", {
        name: "More than 2 years",
      }),
    ).toBeChecked();
    await expect(question(page, "Pain")).toContainText("Your rating: 7 out of 10");
    await expect(
      question(page, "Pain").getByRole("radio", { name: "7", exact: true }),
    ).toBeChecked();
    await expect(question(page, "Fatigue")).toContainText("Not rated yet");

    await page.getByRole("button", { name: "Back" }).click();
    await expectStep(page, 2, "Your condition");
    await expect(
      question(page, "Which condition would you like help with?").getByRole("radio", {
        name: "Fibromyalgia",
      }),
    ).toBeChecked();
    await expect(
      question(page, "Has a doctor diagnosed it?").getByRole("radio", {
        name: "Diagnosed by a doctor",
      }),
    ).toBeChecked();
    await expect(page.getByLabel("Year it was diagnosed (optional)")).toHaveValue("2019");

    await page.getByRole("button", { name: "Back" }).click();
    await expectStep(page, 1, "About you");
    await expect(page.getByLabel("First name")).toHaveValue(about.firstName);
    await expect(page.getByLabel("Last name")).toHaveValue(about.lastName);
    await expect(page.getByLabel("Email")).toHaveValue(about.email);
    await expect(page.getByLabel("Phone (optional)")).toHaveValue(about.phone);
    await expect(page.getByLabel("Date of birth")).toHaveValue(about.dateOfBirth);
    await expect(page.getByLabel("State you live in")).toHaveValue("TX");
    await expect(
      question(page, "Will you be in Texas at the time of a video visit?").getByRole("radio", {
        name: "Yes",
      }),
    ).toBeChecked();

    await continueTo(page, 2, "Your condition");
    await continueTo(page, 3, "Symptoms");
    await fillSymptoms(page);
    await continueTo(page, 4, "Medications and safety");
    await fillMedications(page);
    await continueTo(page, 5, "Goals and history");
    await fillGoals(page, "Less pain on most days and energy to work full time.");
    await continueTo(page, 6, "Review and sign");

    const reviewAbout = page.getByRole("region", { name: "About you" });
    await expect(reviewAbout).toContainText(about.email);
    await expect(reviewAbout).toContainText("March 14, 1984");
    await expect(reviewAbout).toContainText("Texas");
    const reviewCondition = page.getByRole("region", { name: "Your condition" });
    await expect(reviewCondition).toContainText("Fibromyalgia");
    await expect(reviewCondition).toContainText("2019");
    await expect(page.getByRole("region", { name: "Symptoms" })).toContainText("7 out of 10");
    await expect(page.getByRole("region", { name: "Goals and history" })).toContainText(
      "Less pain on most days and energy to work full time.",
    );

    // Edit one step: Continue from there returns straight to the review.
    await page.getByRole("button", { name: "Edit Your condition" }).click();
    await expectStep(page, 2, "Your condition");
    await page.getByLabel("Year it was diagnosed (optional)").fill("2018");
    await continueTo(page, 6, "Review and sign");
    await expect(page.getByRole("region", { name: "Your condition" })).toContainText("2018");
    await expect(page.getByRole("region", { name: "Your condition" })).not.toContainText("2019");

    await signAndAgree(page, about);
    const reference = await submitAndReadReference(page);

    const rows = await submissionsWith(reference);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reference,
      email: about.email,
      first_name: about.firstName,
      primary_condition: "fibromyalgia",
      state: "TX",
      flags: [],
      diagnosis_year: "2018",
    });
    const byEmail = await query<{ count: string }>(
      "SELECT count(*) FROM submission WHERE email = $1",
      [about.email],
    );
    expect(byEmail[0]?.count).toBe("1");
    expect(await readDraft(page), "the draft is erased once the assessment is sent").toBeNull();
  });

  test("opioid use and thyroid hormone answered in the wizard are stored as triage flags", async ({
    page,
  }) => {
    const about = aboutAnswers();
    await page.goto("/assessment");
    await waitForWizard(page);
    await fillAbout(page, about);
    await continueTo(page, 2, "Your condition");
    await fillCondition(page);
    await continueTo(page, 3, "Symptoms");
    await fillSymptoms(page);
    await continueTo(page, 4, "Medications and safety");
    await fillMedications(page, {
      opioidUse: "current",
      opioidDetails: "Tramadol 50 mg twice a day, last dose this morning",
      thyroidMedication: "Yes",
    });
    await expect(page.getByText("A note about opioids")).toBeVisible();
    await continueTo(page, 5, "Goals and history");
    await fillGoals(page);
    await continueTo(page, 6, "Review and sign");
    await expect(page.getByRole("region", { name: "Medications and safety" })).toContainText(
      "Tramadol 50 mg twice a day, last dose this morning",
    );
    await signAndAgree(page, about);
    const reference = await submitAndReadReference(page);

    const rows = await query<{ flags: string[]; opioid_use: string; opioid_details: string }>(
      `SELECT flags, answers->'medications'->>'opioidUse' AS opioid_use,
              answers->'medications'->>'opioidDetails' AS opioid_details
         FROM submission WHERE reference = $1`,
      [reference],
    );
    expect(rows).toEqual([
      {
        flags: ["opioid_use", "thyroid_medication"],
        opioid_use: "current",
        opioid_details: "Tramadol 50 mg twice a day, last dose this morning",
      },
    ]);
  });

  test("markup and SQL typed into answers are shown as text and stored verbatim", async ({
    page,
  }) => {
    const symptoms = `<script>window.__pwned=1</script> '); DROP TABLE submission; --`;
    const goals = `<img src=x onerror="window.__pwned=2"> Robert'); DELETE FROM submission; --`;
    const about = aboutAnswers();

    await page.goto("/assessment");
    await waitForWizard(page);
    await answerUpToReview(page, about, { symptoms: { mainSymptoms: symptoms } });
    await page.getByRole("button", { name: "Edit Goals and history" }).click();
    await expectStep(page, 5, "Goals and history");
    await fillGoals(page, goals);
    await continueTo(page, 6, "Review and sign");

    await expect(
      page.getByRole("region", { name: "Symptoms" }).getByText(symptoms, { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Goals and history" }).getByText(goals, { exact: true }),
    ).toBeVisible();
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: document.querySelectorAll('section[aria-labelledby^="review-"] script').length,
      images: document.querySelectorAll('section[aria-labelledby^="review-"] img').length,
    }));
    expect(injected).toEqual({ pwned: undefined, scripts: 0, images: 0 });

    await signAndAgree(page, about);
    const reference = await submitAndReadReference(page);
    const rows = await query<{ main_symptoms: string; goals: string }>(
      `SELECT answers->'symptoms'->>'mainSymptoms' AS main_symptoms, answers->'goals'->>'goals' AS goals
         FROM submission WHERE reference = $1`,
      [reference],
    );
    expect(rows).toEqual([{ main_symptoms: symptoms, goals }]);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
  });
});
