import { expect, test, type Page } from "@playwright/test";
import {
  aboutAnswers,
  choose,
  continueTo,
  expectDraftToContain,
  expectStep,
  fillAbout,
  fillCondition,
  openAssessment,
  question,
  readDraft,
  waitForWizard,
  yearsAgo,
} from "./assessment-support";
import { query } from "./support";

const SELF_HARM =
  "In the past two weeks, have you had thoughts that you would be better off dead or of hurting yourself?";

async function countSubmissions(): Promise<number> {
  const [row] = await query<{ count: string }>("SELECT count(*) FROM submission");
  return Number(row?.count);
}

/**
 * Records every request to the submissions API, so a test can prove nothing was sent (the
 * proof-of-work challenge the page fetches in the background, /api/assessments/challenge, is not a
 * submission).
 */
function watchSubmissions(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/assessments") posts.push(request.method());
  });
  return posts;
}

test.describe("assessment eligibility", () => {
  test("someone under 18 is told kindly why, can go back to fix a typo, and nothing is stored", async ({
    page,
  }) => {
    const before = await countSubmissions();
    const posts = watchSubmissions(page);
    await openAssessment(page);
    await fillAbout(page, aboutAnswers({ dateOfBirth: yearsAgo(10) }));
    await page.getByRole("button", { name: "Continue" }).click();

    const title = page.getByRole("heading", { name: "This assessment is for adults 18 and older" });
    await expect(title).toBeVisible();
    await expect(title).toBeFocused();
    await expectStep(page, 1, "About you");
    await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
    await expect(page.getByLabel("First name")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Read about LDN" })).toHaveAttribute(
      "href",
      "/learn",
    );

    await page.getByRole("button", { name: "Change my answers" }).click();
    await expect(title).toHaveCount(0);
    await expect(page.getByLabel("Date of birth")).toBeFocused();
    await expect(page.getByLabel("First name")).toHaveValue("Jordan");
    await page.getByLabel("Date of birth").fill("1984-03-14");
    await continueTo(page, 2, "Your condition");

    expect(posts).toEqual([]);
    expect(await countSubmissions()).toBe(before);
  });

  test("someone living outside Texas is told the physician is licensed in Texas only, and nothing is stored", async ({
    page,
  }) => {
    const before = await countSubmissions();
    const posts = watchSubmissions(page);
    await openAssessment(page);
    await fillAbout(page, aboutAnswers({ state: "CA" }));
    await page.getByRole("button", { name: "Continue" }).click();

    const title = page.getByRole("heading", { name: "Our physician is licensed in Texas only" });
    await expect(title).toBeVisible();
    await expect(title).toBeFocused();
    await expect(
      page.getByRole("region", { name: "Our physician is licensed in Texas only" }),
    ).toContainText("California");
    await expectStep(page, 1, "About you");
    await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Read about LDN" })).toHaveAttribute(
      "href",
      "/learn",
    );

    await page.getByRole("button", { name: "Change my answers" }).click();
    await expect(page.getByLabel("State you live in")).toBeFocused();
    await expect(page.getByLabel("State you live in")).toHaveValue("CA");

    expect(posts).toEqual([]);
    expect(await countSubmissions()).toBe(before);
  });
});

test.describe("assessment validation", () => {
  test("continuing an empty first step lists the errors, ties each to its field and focuses the first", async ({
    page,
  }) => {
    await openAssessment(page);
    await page.getByRole("button", { name: "Continue" }).click();

    const summary = page.locator("#error-summary");
    await expect(summary).toBeVisible();
    await expect(summary).toHaveAttribute("role", "alert");
    await expect(summary.getByRole("heading")).toHaveText(/^Please check these \d+ answers$/);
    await expect(summary.getByRole("link", { name: "First name is required" })).toBeVisible();
    await expect(page.getByLabel("First name")).toBeFocused();

    const firstName = page.getByLabel("First name");
    await expect(firstName).toHaveAttribute("aria-invalid", "true");
    await expect(firstName).toHaveAttribute(
      "aria-describedby",
      /(^| )f-about-firstName-error( |$)/,
    );
    await expect(page.locator("#f-about-firstName-error")).toHaveText("First name is required");
    await expect(firstName).toHaveAccessibleDescription("First name is required");
    await expect(page.getByLabel("Last name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("State you live in")).toHaveAttribute("aria-invalid", "true");
    const inState = question(page, "Will you be in Texas at the time of a video visit?");
    await expect(inState).toHaveAttribute("aria-invalid", "true");
    await expect(inState).toHaveAccessibleDescription(
      /Tell us whether you will be in the state for the visit/,
    );
    await expect(page.getByLabel("Phone (optional)")).not.toHaveAttribute("aria-invalid", "true");

    // A summary link takes the patient to the field it names.
    await summary.getByRole("link", { name: /^Choose your state/ }).click();
    await expect(page.getByLabel("State you live in")).toBeFocused();

    const about = aboutAnswers({ email: "jordan.rivera@example" });
    await fillAbout(page, about);
    await page.getByRole("button", { name: "Continue" }).click();
    await expectStep(page, 1, "About you");
    const email = page.getByLabel("Email");
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#f-about-email-error")).toHaveText(
      "Enter a valid email address, like name@example.com",
    );
    await expect(summary.getByRole("link")).toHaveText([
      "Enter a valid email address, like name@example.com",
    ]);
    await expect(firstName).not.toHaveAttribute("aria-invalid", "true");

    await email.fill("jordan.rivera@example.com");
    await expect(email).not.toHaveAttribute("aria-invalid", "true");
    await continueTo(page, 2, "Your condition");
    await expect(summary).toHaveCount(0);
  });
});

test.describe("assessment safety", () => {
  test("answering yes to the self-harm question shows 911 and 988 at once, before continuing", async ({
    page,
  }) => {
    await openAssessment(page);
    await fillAbout(page, aboutAnswers());
    await continueTo(page, 2, "Your condition");
    await fillCondition(page);
    await continueTo(page, 3, "Symptoms");

    const crisis = page.getByRole("alert").filter({ hasText: "call 911" });
    await expect(crisis).toHaveCount(0);
    await choose(page, SELF_HARM, "Yes");

    await expect(crisis).toBeVisible();
    await expect(crisis.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
    await expect(crisis.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
    await expect(crisis.getByRole("link", { name: "Text 988" })).toHaveAttribute("href", "sms:988");
    await expectStep(page, 3, "Symptoms");
    await expect(page.locator("#error-summary")).toHaveCount(0);

    await choose(page, SELF_HARM, "No");
    await expect(crisis).toHaveCount(0);
  });
});

test.describe("clearing answers", () => {
  test("clear my answers erases the saved draft and starts again at an empty step 1", async ({
    page,
  }) => {
    const about = aboutAnswers();
    await openAssessment(page);
    await fillAbout(page, about);
    await continueTo(page, 2, "Your condition");
    await fillCondition(page);
    await expectDraftToContain(page, about.email);

    // Changing one's mind keeps everything.
    await page.getByRole("button", { name: "Clear my answers" }).click();
    await page.getByRole("button", { name: "No, keep my answers" }).click();
    await expect(page.getByRole("button", { name: "Clear my answers" })).toBeFocused();
    await expectStep(page, 2, "Your condition");
    await expectDraftToContain(page, about.email);

    await page.getByRole("button", { name: "Clear my answers" }).click();
    await page.getByRole("button", { name: "Yes, erase my answers" }).click();
    await expect(page.getByText("Your answers were erased. You are back at step 1.")).toBeVisible();
    await expectStep(page, 1, "About you");
    await expect(page.getByLabel("First name")).toHaveValue("");
    await expect(page.getByLabel("Email")).toHaveValue("");
    await expect(page.getByLabel("State you live in")).toHaveValue("");
    await expect(
      question(page, "Will you be in Texas at the time of a video visit?").getByRole("radio", {
        checked: true,
      }),
    ).toHaveCount(0);
    expect(await readDraft(page)).toBeNull();

    await page.reload();
    await waitForWizard(page);
    await expectStep(page, 1, "About you");
    await expect(page.getByLabel("First name")).toHaveValue("");
    await expect(page.getByLabel("Email")).toHaveValue("");
    await expect(page.getByLabel("Date of birth")).toHaveValue("");
    expect(await readDraft(page)).toBeNull();
  });
});

test.describe("keyboard use", () => {
  test("step 1 can be filled and submitted with the keyboard alone", async ({ page }) => {
    await openAssessment(page);
    const keyboard = page.keyboard;

    // The skip link is the first stop; it lands in the main content, whose first field is First name.
    await keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await keyboard.press("Enter");
    await keyboard.press("Tab");
    await expect(page.getByLabel("First name")).toBeFocused();
    await keyboard.type("Jordan");
    await keyboard.press("Tab");
    await expect(page.getByLabel("Last name")).toBeFocused();
    await keyboard.type("Rivera");
    await keyboard.press("Tab");
    await expect(page.getByLabel("Email")).toBeFocused();
    await keyboard.type("jordan.keyboard@example.com");
    await keyboard.press("Tab");
    await expect(page.getByLabel("Phone (optional)")).toBeFocused();
    await keyboard.press("Tab");
    await expect(page.getByLabel("Date of birth")).toBeFocused();
    await keyboard.type("03141984");
    await expect(page.getByLabel("Date of birth")).toHaveValue("1984-03-14");
    // Chromium's date input has a second tab stop of its own: the calendar button.
    await keyboard.press("Tab");
    await expect(page.getByLabel("Date of birth")).toBeFocused();
    await keyboard.press("Tab");
    await expect(page.getByLabel("State you live in")).toBeFocused();
    await keyboard.type("Texas");
    await expect(page.getByLabel("State you live in")).toHaveValue("TX");
    await keyboard.press("Tab");
    const yes = question(page, "Will you be in Texas at the time of a video visit?").getByRole(
      "radio",
      {
        name: "Yes",
      },
    );
    await expect(yes).toBeFocused();
    await keyboard.press("Space");
    await expect(yes).toBeChecked();
    await keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
    await keyboard.press("Enter");

    await expectStep(page, 2, "Your condition");
    await expect(page.getByRole("heading", { level: 2, name: "Your condition" })).toBeFocused();
  });
});
