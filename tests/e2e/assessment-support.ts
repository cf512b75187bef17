import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";

// Helpers for the /assessment wizard specs. Every locator goes through roles and visible labels
// (the words declared in lib/validations/assessment/<step>.ts), so a renamed question fails loudly.

export const DRAFT_KEY = "ldn-assessment-draft-v1";
export const REFERENCE = /LDN-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}/;

export type AboutAnswers = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  state: string;
  inStateForVisit: "Yes" | "No";
};

/** A valid step 1 with an email no other test uses, so database rows can be told apart. */
export function aboutAnswers(overrides: Partial<AboutAnswers> = {}): AboutAnswers {
  return {
    firstName: "Jordan",
    lastName: "Rivera",
    email: `jordan.${randomBytes(4).toString("hex")}@example.com`,
    phone: "(512) 555-0100",
    dateOfBirth: "1984-03-14",
    state: "TX",
    inStateForVisit: "Yes",
    ...overrides,
  };
}

/** YYYY-MM-DD of the day `years` years before today (UTC, like the server's age rule). */
export function yearsAgo(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

/**
 * The wizard is a client component: until React has hydrated the form, a click on Continue would
 * be a native form submission. React marks hydrated nodes with its internal fiber keys.
 */
export async function waitForWizard(page: Page): Promise<void> {
  await expect(
    page.getByRole("heading", { level: 1, name: "Free LDN mini-assessment" }),
  ).toBeVisible();
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactFiber$"));
  });
}

/** Opens the wizard in this test's fresh browser context and checks no earlier draft is around. */
export async function openAssessment(page: Page): Promise<void> {
  await page.goto("/assessment");
  await waitForWizard(page);
  expect(await readDraft(page), "a new context starts without a saved draft").toBeNull();
}

export async function readDraft(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), DRAFT_KEY);
}

/** Autosave is debounced: wait until the draft on the device holds `text`. */
export async function expectDraftToContain(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await readDraft(page)) ?? "").toContain(text);
}

export function question(page: Page, name: string): Locator {
  return page.getByRole("radiogroup", { name, exact: true });
}

export async function choose(page: Page, name: string, answer: string): Promise<void> {
  await question(page, name).getByRole("radio", { name: answer, exact: true }).check();
}

export async function rate(page: Page, score: string, value: number): Promise<void> {
  await choose(page, score, String(value));
  await expect(question(page, score)).toContainText(`Your rating: ${value} out of 10`);
}

export async function expectStep(page: Page, number: number, title: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(page.getByText(`Step ${number} of 6: ${title}`, { exact: true })).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Assessment steps" }).locator('[aria-current="step"]'),
  ).toHaveText(`${title} (current step)`);
}

export async function continueTo(page: Page, number: number, title: string): Promise<void> {
  await page.getByRole("button", { name: "Continue" }).click();
  await expectStep(page, number, title);
}

export async function fillAbout(page: Page, about: AboutAnswers): Promise<void> {
  await page.getByLabel("First name").fill(about.firstName);
  await page.getByLabel("Last name").fill(about.lastName);
  await page.getByLabel("Email").fill(about.email);
  await page.getByLabel("Phone (optional)").fill(about.phone);
  await page.getByLabel("Date of birth").fill(about.dateOfBirth);
  await page.getByLabel("State you live in").selectOption(about.state);
  await choose(page, "Will you be in Texas at the time of a video visit?", about.inStateForVisit);
}

export async function fillCondition(page: Page): Promise<void> {
  await choose(page, "Which condition would you like help with?", "Fibromyalgia");
  await choose(page, "Has a doctor diagnosed it?", "Diagnosed by a doctor");
  await page.getByLabel("Year it was diagnosed (optional)").fill("2019");
}

export type SymptomAnswers = { mainSymptoms: string; selfHarm: "Yes" | "No" };

export async function fillSymptoms(
  page: Page,
  {
    mainSymptoms = "Widespread pain and poor sleep.",
    selfHarm = "No",
  }: Partial<SymptomAnswers> = {},
): Promise<void> {
  await page.getByLabel("Your main symptoms").fill(mainSymptoms);
  await choose(page, "How long have you had these symptoms?", "More than 2 years");
  await rate(page, "Pain", 7);
  await rate(page, "Fatigue", 8);
  await rate(page, "Sleep problems", 6);
  await rate(page, "Low mood", 4);
  await choose(
    page,
    "In the past two weeks, have you had thoughts that you would be better off dead or of hurting yourself?",
    selfHarm,
  );
}

export type MedicationAnswers = {
  opioidUse: "none" | "current" | "recent";
  opioidDetails?: string;
  thyroidMedication: "Yes" | "No";
};

const opioidWords = {
  none: "No, none in the last 14 days",
  current: "Yes, I take them now",
  recent: "Yes, in the last 14 days but not now",
} as const;

export async function fillMedications(
  page: Page,
  { opioidUse = "none", opioidDetails, thyroidMedication = "No" }: Partial<MedicationAnswers> = {},
): Promise<void> {
  await page
    .getByLabel("Medicines and supplements you take now (optional)")
    .fill("Duloxetine 30 mg daily; vitamin D");
  await choose(
    page,
    "Have you taken any opioid medicine in the last 14 days?",
    opioidWords[opioidUse],
  );
  if (opioidDetails !== undefined) {
    await page.getByLabel("Which opioid medicine, and how much?").fill(opioidDetails);
  }
  await choose(page, "Do you have surgery or a procedure planned in the next few months?", "No");
  await choose(page, "Are you pregnant, breastfeeding or planning a pregnancy?", "No");
  await choose(page, "Do you have liver disease or hepatitis?", "No");
  await choose(page, "Do you have kidney disease?", "No");
  await choose(page, "Do you take thyroid hormone, such as levothyroxine?", thyroidMedication);
  await choose(
    page,
    "Have you had an organ transplant, or do you take anti-rejection or strong immune-suppressing medicines?",
    "No",
  );
  await choose(
    page,
    "Do you take naltrexone for any reason (for example Vivitrol, Revia or Contrave)?",
    "No",
  );
  await choose(page, "Have you taken LDN before?", "No");
}

export async function fillGoals(page: Page, goals = "Less pain on most days."): Promise<void> {
  await page.getByLabel("Your goals").fill(goals);
}

export async function signAndAgree(page: Page, about: AboutAnswers): Promise<void> {
  await page.getByLabel("I agree to be contacted about a telemedicine consultation").check();
  await page.getByLabel("I have read the privacy notice").check();
  await page
    .getByLabel(
      "I understand this is not emergency care: if I need urgent help I will call 911 or 988",
    )
    .check();
  await page.getByLabel("Type your full name to sign").fill(`${about.firstName} ${about.lastName}`);
}

/** Submits the review step and returns the reference the thanks page shows. */
export async function submitAndReadReference(page: Page): Promise<string> {
  const posted = page.waitForResponse(
    (r) => new URL(r.url()).pathname === "/api/assessments" && r.request().method() === "POST",
  );
  await page.getByRole("button", { name: "Submit assessment" }).click();
  // Fail here with the server's answer rather than time out waiting for a page that never comes.
  const response = await posted;
  expect(response.status(), `POST /api/assessments answered ${await response.text()}`).toBe(201);
  await page.waitForURL(/\/assessment\/thanks\?ref=/);
  const shown = page.getByText(/^Your reference is LDN-/);
  await expect(shown).toHaveText(
    /^Your reference is LDN-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/,
  );
  const reference = REFERENCE.exec((await shown.textContent()) ?? "")?.[0];
  if (!reference) throw new Error("no reference on the thanks page");
  expect(new URL(page.url()).searchParams.get("ref")).toBe(reference);
  return reference;
}

/** Steps 1–5 with valid answers, ending on the review step. */
export async function answerUpToReview(
  page: Page,
  about: AboutAnswers,
  options: { symptoms?: Partial<SymptomAnswers>; medications?: Partial<MedicationAnswers> } = {},
): Promise<void> {
  await fillAbout(page, about);
  await continueTo(page, 2, "Your condition");
  await fillCondition(page);
  await continueTo(page, 3, "Symptoms");
  await fillSymptoms(page, options.symptoms);
  await continueTo(page, 4, "Medications and safety");
  await fillMedications(page, options.medications);
  await continueTo(page, 5, "Goals and history");
  await fillGoals(page);
  await continueTo(page, 6, "Review and sign");
}
