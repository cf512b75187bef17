import { expect, test } from "@playwright/test";
import {
  aboutAnswers,
  continueTo,
  fillAbout,
  fillCondition,
  fillGoals,
  fillMedications,
  fillSymptoms,
  openAssessment,
  question,
  signAndAgree,
  submitAndReadReference,
} from "./assessment-support";
import { expectAccessible, query } from "./support";

// When a patient's own words name something an answer denies, the wizard asks them, without
// blocking; whatever they choose, the server screens the same words and flags them.

const MEDICINES = "Medicines and supplements you take now (optional)";
const OPIOIDS = "Have you taken any opioid medicine in the last 14 days?";

async function toMedications(page: import("@playwright/test").Page, email: string) {
  await openAssessment(page);
  await fillAbout(page, aboutAnswers({ email }));
  await continueTo(page, 2, "Your condition");
  await fillCondition(page);
  await continueTo(page, 3, "Symptoms");
  await fillSymptoms(page);
  await continueTo(page, 4, "Medications and safety");
  await fillMedications(page);
}

const flagsOf = async (reference: string) =>
  (
    await query<{ flags: string[] }>("SELECT flags FROM submission WHERE reference = $1", [
      reference,
    ])
  )[0]?.flags;

test.describe("screening the patient's own words in the wizard", () => {
  test("asks about Norco after a 'No' to opioids, and 'Yes' updates the answer", async ({
    page,
  }) => {
    await toMedications(page, "screen.yes@example.com");
    await page.getByLabel(MEDICINES).fill("Norco 5/325 at night");

    const prompt = page.getByRole("region", { name: "Please check an answer" });
    await expect(prompt).toContainText(
      "You listed “Norco 5/325”, which contains an opioid (hydrocodone). Do you take it now",
    );
    await expectAccessible(page, "the medications step with a question about the patient's words");

    await prompt.getByRole("button", { name: "Yes, I take them now" }).click();
    await expect(question(page, OPIOIDS).getByLabel("Yes, I take them now")).toBeChecked();
    await expect(page.getByLabel("Which opioid medicine, and how much?")).toBeVisible();
    await expect(prompt).toHaveCount(0);
  });

  test("does not block: 'No' closes the question and the server still flags the words", async ({
    page,
  }) => {
    const email = "screen.no@example.com";
    await toMedications(page, email);
    await page.getByLabel(MEDICINES).fill("Suboxone 8 mg film daily");
    const prompt = page.getByRole("region", { name: "Please check an answer" });
    await expect(prompt).toContainText("contains an opioid (buprenorphine)");
    await prompt.getByRole("button", { name: "No", exact: true }).click();
    await expect(prompt).toHaveCount(0);
    await expect(question(page, OPIOIDS).getByLabel("No, none in the last 14 days")).toBeChecked();

    await continueTo(page, 5, "Goals and history");
    await fillGoals(page);
    await continueTo(page, 6, "Review and sign");
    await signAndAgree(page, aboutAnswers({ email }));
    const reference = await submitAndReadReference(page);
    expect(await flagsOf(reference)).toEqual(["opioid_use"]);
  });

  test("words about ending one's life lead the thanks page with 988 and 911 and promise no reply time", async ({
    page,
  }) => {
    const email = "screen.crisis@example.com";
    await openAssessment(page);
    await fillAbout(page, aboutAnswers({ email }));
    await continueTo(page, 2, "Your condition");
    await fillCondition(page);
    await continueTo(page, 3, "Symptoms");
    await fillSymptoms(page, {
      mainSymptoms: "Pain everywhere. I have been thinking about ending my life.",
    });
    const prompt = page.getByRole("region", { name: "Please check an answer" });
    await expect(prompt).toContainText("call or text 988");
    await prompt.getByRole("button", { name: "No", exact: true }).click();
    await continueTo(page, 4, "Medications and safety");
    await fillMedications(page);
    await continueTo(page, 5, "Goals and history");
    await fillGoals(page);
    await continueTo(page, 6, "Review and sign");
    await signAndAgree(page, aboutAnswers({ email }));
    const reference = await submitAndReadReference(page);

    const safety = page.getByRole("region", { name: "Your safety comes first" });
    await expect(safety.getByRole("link", { name: "Call 988" })).toBeVisible();
    await expect(page.getByText(/business day/)).toHaveCount(0);
    await expectAccessible(page, "the thanks page after a crisis answer");
    expect(await flagsOf(reference)).toEqual(["crisis"]);
  });

  test("a patient who answered 'No' sees a quiet line on the thanks page, not the crisis panel", async ({
    page,
  }) => {
    const email = "screen.quiet@example.com";
    await toMedications(page, email);
    await continueTo(page, 5, "Goals and history");
    await fillGoals(page);
    await continueTo(page, 6, "Review and sign");
    await signAndAgree(page, aboutAnswers({ email }));
    await submitAndReadReference(page);
    await expect(page.getByRole("region", { name: "Your safety comes first" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Call 988" })).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("link", { name: "988" })).toBeVisible();
    await expect(page.getByText(/business days/)).toBeVisible();
  });
});
