import { expect, test, type Page } from "@playwright/test";
import {
  aboutAnswers,
  choose,
  continueTo,
  expectStep,
  fillAbout,
  fillCondition,
  fillGoals,
  fillMedications,
  fillSymptoms,
  openAssessment,
  signAndAgree,
  submitAndReadReference,
  yearsAgo,
} from "./assessment-support";
import { expectAccessible, expectNoHorizontalScroll } from "./support";

const SELF_HARM =
  "In the past two weeks, have you had thoughts that you would be better off dead or of hurting yourself?";

/** Axe on the current screen, plus no sideways scrolling when the viewport is phone-sized. */
async function check(page: Page, context: string, narrow: boolean): Promise<void> {
  if (narrow) await expectNoHorizontalScroll(page);
  await expectAccessible(page, narrow ? `${context} at 360 px` : context);
}

for (const narrow of [false, true]) {
  const width = narrow ? " at 360 px" : "";

  test.describe(`assessment accessibility${width}`, () => {
    test.beforeEach(async ({ page }) => {
      if (narrow) await page.setViewportSize({ width: 360, height: 740 });
    });

    test(`every wizard step, the errors, the crisis alert and the thanks page pass axe${width}`, async ({
      page,
    }) => {
      // A dozen full axe scans in one journey: give it the time of three ordinary tests.
      test.slow();
      const about = aboutAnswers();
      await openAssessment(page);
      await check(page, "step 1", narrow);

      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.locator("#error-summary")).toBeVisible();
      await check(page, "step 1 with errors", narrow);

      await fillAbout(page, about);
      await continueTo(page, 2, "Your condition");
      await choose(page, "Which condition would you like help with?", "Something else");
      await expect(page.getByLabel("Name of your condition")).toBeVisible();
      await check(page, "step 2 with its follow-up question", narrow);
      await fillCondition(page);

      await continueTo(page, 3, "Symptoms");
      await check(page, "step 3", narrow);
      await fillSymptoms(page);
      await choose(page, SELF_HARM, "Yes");
      await expect(page.getByRole("link", { name: "Call 988" })).toBeVisible();
      await check(page, "step 3 with the crisis alert", narrow);
      await choose(page, SELF_HARM, "No");

      await continueTo(page, 4, "Medications and safety");
      await check(page, "step 4", narrow);
      await fillMedications(page, {
        opioidUse: "recent",
        opioidDetails: "Codeine syrup, 5 days ago",
      });
      await check(page, "step 4 with the opioid note", narrow);

      await continueTo(page, 5, "Goals and history");
      await check(page, "step 5", narrow);
      await fillGoals(page);

      await continueTo(page, 6, "Review and sign");
      await check(page, "step 6 (review)", narrow);
      await page.getByRole("button", { name: "Submit assessment" }).click();
      await expect(page.locator("#error-summary")).toBeVisible();
      await check(page, "step 6 with errors", narrow);

      await signAndAgree(page, about);
      await submitAndReadReference(page);
      await check(page, "the thanks page", narrow);
    });

    test(`the ineligible screens pass axe${width}`, async ({ page }) => {
      await openAssessment(page);
      await fillAbout(page, aboutAnswers({ dateOfBirth: yearsAgo(10) }));
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(
        page.getByRole("heading", { name: "This assessment is for adults 18 and older" }),
      ).toBeVisible();
      await check(page, "the under-18 screen", narrow);

      await page.getByRole("button", { name: "Change my answers" }).click();
      await page.getByLabel("Date of birth").fill("1984-03-14");
      await page.getByLabel("State you live in").selectOption("CA");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(
        page.getByRole("heading", { name: "Our physician is licensed in Texas only" }),
      ).toBeVisible();
      await expectStep(page, 1, "About you");
      await check(page, "the outside-Texas screen", narrow);
    });
  });
}
