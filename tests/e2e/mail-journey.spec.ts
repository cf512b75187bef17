import { expect, test, type Browser, type Page } from "@playwright/test";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import {
  aboutAnswers,
  answerUpToReview,
  openAssessment,
  signAndAgree,
  submitAndReadReference,
  type AboutAnswers,
} from "./assessment-support";
import { expectAbsent, PRACTICE_INBOX, receivedMail, replyLinkIn, SMTP_PORT } from "./mail-support";
import { createStaff, giveOwnAddress, signIn, submissionId, uniqueName } from "./staff-support";
import { query } from "./support";

// Journey 5 of DESIGN.md end to end: the production server's mail worker delivers over real SMTP
// to a server this spec runs on loopback. The patient submits, gets the confirmation, the practice
// gets its alert, the physician replies, and the patient follows the link from the received email,
// proves their date of birth and reads the reply in Chromium.

// What the patient typed in the wizard (assessment-support defaults): none of it may be emailed.
const MEDICAL = [
  "Widespread pain and poor sleep.",
  "Duloxetine",
  "Less pain on most days.",
  "Fibromyalgia",
];

let smtp: TestSmtpServer;

// Listening before the first submission: the worker's first attempt for this spec's rows succeeds,
// so no retry backoff stands between a submission and its email.
test.beforeAll(async () => {
  smtp = await startSmtpServer(SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.close();
});

async function submitAsPatient(browser: Browser, about: AboutAnswers): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openAssessment(page);
  await answerUpToReview(page, about);
  await signAndAgree(page, about);
  const reference = await submitAndReadReference(page);
  await context.close();
  return reference;
}

/** The date-of-birth gate on /r/<token>, as in reply-page.spec.ts. */
async function passDobGate(page: Page, dateOfBirth: string): Promise<void> {
  await page.getByLabel("Date of birth", { exact: true }).fill(dateOfBirth);
  await page.getByRole("button", { name: "Continue" }).click();
}

/** The sent rows keep no raw token: a leaked database holds no usable link. */
async function expectSentWithoutToken(to: string, kind: string): Promise<void> {
  await expect
    .poll(async () =>
      query<{ status: string; has_token: boolean }>(
        `SELECT status, payload ? 'token' AS has_token FROM outbox_email WHERE "to" = $1 AND kind = $2`,
        [to, kind],
      ),
    )
    .toEqual([{ status: "SENT", has_token: false }]);
}

test("a patient gets the confirmation, the physician replies, and the emailed link opens the reply", async ({
  browser,
  baseURL,
}) => {
  const appUrl = baseURL!;
  const firstName = uniqueName("Liesel");
  const about = aboutAnswers({
    firstName,
    lastName: uniqueName("Okonkwo"),
    email: `${firstName.toLowerCase()}@example.com`,
  });
  const reference = await submitAsPatient(browser, about);
  const id = await submissionId(reference);
  const personal = [about.lastName, about.dateOfBirth, about.phone, "555-0100"];

  // The confirmation: reference, what happens next, a link to the status page — nothing medical.
  const confirmation = await receivedMail(smtp, about.email, /We received your assessment/);
  expect(confirmation.subject).toContain(reference);
  // Nothing the patient typed is mailed back: a plain greeting, no name.
  expect(confirmation.text).toMatch(/^Hello,$/m);
  expect(confirmation.text).not.toContain(about.firstName);
  expect(confirmation.text).toContain(`Your reference is ${reference}.`);
  expect(confirmation.text).toMatch(/What happens next/);
  const statusLink = replyLinkIn(confirmation.text, appUrl);
  expect(confirmation.html).toContain(`href="${statusLink.href}"`);
  expectAbsent(confirmation, [...MEDICAL, ...personal], "the confirmation");
  await expectSentWithoutToken(about.email, "submission_received");

  // The practice's alert: the reference and the dashboard, no patient data at all.
  const alert = await receivedMail(smtp, PRACTICE_INBOX, new RegExp(reference));
  expect(alert.text).toContain(`${appUrl}/dashboard`);
  expectAbsent(alert, [about.firstName, about.email, ...MEDICAL, ...personal], "the alert");

  // The status page behind the confirmation's link shows where the assessment stands.
  const early = await browser.newContext();
  const earlyPage = await early.newPage();
  await earlyPage.goto(statusLink.href);
  await passDobGate(earlyPage, about.dateOfBirth);
  await expect(earlyPage.getByRole("heading", { level: 1 })).toHaveText(
    "We have received your assessment",
  );
  await expect(earlyPage.locator("main")).toContainText(reference);
  await early.close();

  // The physician signs in, opens the submission and sends a reply (dashboard-flow.spec.ts).
  const physician = await createStaff("PHYSICIAN", { name: "Dr. Imogen Vale" });
  const staff = await browser.newContext();
  await giveOwnAddress(staff);
  const page = await staff.newPage();
  await signIn(page, physician.email, physician.password);
  await page.goto(`/dashboard/submissions/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${reference} · ${about.firstName} ${about.lastName}`,
  );
  const message = `Thank you, ${about.firstName}. ${uniqueName("Note")} — let us talk at a visit.`;
  await page.getByLabel("Message to the patient").fill(message);
  await expect(page.getByText(/^Draft saved \d{1,2}:\d{2}/)).toBeVisible();
  const benefits = await page.getByLabel("Expected benefits").inputValue();
  await page.getByRole("button", { name: "Send reply" }).click();
  await page
    .getByRole("group", { name: /Send this reply to the patient\?/ })
    .getByRole("button", { name: "Yes, send" })
    .click();
  await expect(
    page.getByText("Version 1 was sent. The patient will get an email that it is ready."),
  ).toBeVisible();
  await staff.close();

  // "Your reply is ready": a link and nothing of the reply.
  const ready = await receivedMail(smtp, about.email, /Your reply is ready/);
  expect(ready.text).toMatch(/^Hello,$/m);
  expect(ready.text).not.toContain(about.firstName);
  const replyLink = replyLinkIn(ready.text, appUrl);
  expect(ready.html).toContain(`href="${replyLink.href}"`);
  expectAbsent(ready, [message, benefits, ...MEDICAL, ...personal], "the reply-ready email");
  await expectSentWithoutToken(about.email, "reply_ready");

  // The patient follows the link from the email in a fresh browser, as from a mail client.
  const patient = await browser.newContext();
  const patientPage = await patient.newPage();
  await patientPage.goto(replyLink.href);
  await expect(patientPage.locator("main")).not.toContainText(message);
  await passDobGate(patientPage, about.dateOfBirth);
  await expect(patientPage.getByRole("heading", { level: 1 })).toHaveText(
    "Your reply from Dr. Imogen Vale",
  );
  await expect(patientPage.locator("main")).toContainText(message);
  await expect(patientPage.locator("main")).toContainText(benefits);
  await patient.close();

  // Staff can see it was read, and the view is audited.
  const [reply] = await query<{ viewed_at: Date | null }>(
    "SELECT viewed_at FROM reply WHERE submission_id = $1 AND status = 'SENT'",
    [id],
  );
  expect(reply?.viewed_at).toEqual(expect.any(Date));
  const views = await query(
    "SELECT 1 FROM audit_event WHERE action = 'reply.view_by_patient' AND subject_id = $1",
    [id],
  );
  expect(views).toHaveLength(1);

  // Exactly once: each of the three messages arrived a single time.
  const ours = smtp.received.filter(
    (m) => m.to.includes(about.email) || m.subject.includes(reference),
  );
  expect(ours.map((m) => m.subject).sort()).toEqual(
    [
      `New assessment ${reference}`,
      `We received your assessment (${reference})`,
      "Your reply is ready",
    ].sort(),
  );
});
