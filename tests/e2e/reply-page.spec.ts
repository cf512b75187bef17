import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import {
  addLink,
  addSentReply,
  clearPatientThrottle,
  DOB,
  replyParts,
  seedSubmission,
} from "./reply-support";
import { expectAccessible, expectNoHorizontalScroll, query } from "./support";

// The patient's page behind the emailed link, in Chromium against the production build.

test.beforeEach(clearPatientThrottle);

async function answerDob(page: Page, dob: string): Promise<void> {
  await page.getByLabel("Date of birth").fill(dob);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForLoadState("domcontentloaded");
}

test("asks for the date of birth before showing anything about the patient", async ({ page }) => {
  const seeded = await seedSubmission("Marisol");
  const token = await addLink(seeded.submissionId);
  const response = await page.goto(`/r/${token}`);
  expect(response?.status()).toBe(200);
  const input = page.getByLabel("Date of birth", { exact: true });
  await expect(input).toHaveAttribute("type", "date");
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain("Marisol");
  expect(html).not.toContain(seeded.reference);
  await expectAccessible(page, "the date-of-birth form");
});

test("five wrong dates of birth lock the link, even against the right one", async ({ page }) => {
  const seeded = await seedSubmission("Teodora");
  await addSentReply(seeded.submissionId);
  const token = await addLink(seeded.submissionId);
  await page.goto(`/r/${token}`);
  for (let i = 0; i < 4; i++) {
    await answerDob(page, "1990-01-01");
    await expect(page.locator("main").getByRole("alert")).toHaveText(
      /does not match\. Check it and try again\./,
    );
    expect(page.url()).not.toContain("1990");
  }
  await answerDob(page, "1990-01-01");
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Too many attempts. Try again in 15 minutes.",
  );
  await answerDob(page, DOB);
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Too many attempts. Try again in 15 minutes.",
  );
  await expect(page.locator("main")).not.toContainText(replyParts.benefits);
  await expect(page.locator("main")).not.toContainText("Teodora");
  await expectAccessible(page, "the locked date-of-birth form");
});

test("the right date of birth opens the reply in four parts, marks it viewed and audits it", async ({
  page,
  context,
}) => {
  const seeded = await seedSubmission("Anselm");
  await addSentReply(seeded.submissionId);
  const token = await addLink(seeded.submissionId);
  await page.goto(`/r/${token}`);
  await answerDob(page, DOB);

  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Your reply from/);
  await expect(page.getByRole("heading", { name: "LDN is likely to help" })).toBeVisible();
  for (const text of Object.values(replyParts)) await expect(main).toContainText(text);
  for (const name of [
    "Benefits you might expect",
    "How long it may take",
    "Special considerations for you",
    "Next steps",
  ])
    await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(main).toContainText(/Book a video visit/);
  await expect(main.getByRole("link", { name: /@/ })).toBeVisible();
  await expectAccessible(page, "the reply");

  const [cookie] = (await context.cookies()).filter((c) => c.name === "reply_access");
  expect(cookie).toMatchObject({ path: `/r/${token}`, httpOnly: true, sameSite: "Strict" });
  const [reply] = await query<{ viewed_at: Date | null }>(
    "SELECT viewed_at FROM reply WHERE submission_id = $1",
    [seeded.submissionId],
  );
  expect(reply?.viewed_at).not.toBeNull();
  const audits = await query(
    "SELECT 1 FROM audit_event WHERE action = 'reply.view_by_patient' AND subject_id = $1",
    [seeded.submissionId],
  );
  expect(audits).toHaveLength(1);

  // Printing keeps the reply and drops the site chrome and the print button.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print this reply" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Benefits you might expect" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(main).toContainText(replyParts.benefits);
  await expectNoHorizontalScroll(page);

  // The cookie opens only this link: another link to the same submission asks again.
  const other = await addLink(seeded.submissionId);
  await page.goto(`/r/${other}`);
  await expect(page.getByLabel("Date of birth")).toBeVisible();
});

test("before the reply is sent the page shows the status and the expected reply date", async ({
  page,
}) => {
  const seeded = await seedSubmission("Ilse", "IN_REVIEW");
  const token = await addLink(seeded.submissionId);
  await page.goto(`/r/${token}`);
  await answerDob(page, DOB);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Your assessment is being reviewed",
  );
  await expect(page.locator("main")).toContainText(seeded.reference);
  await expect(page.locator("main")).toContainText(/Expected reply\s*By \w+ \d{1,2}, \d{4}/);
  await expectAccessible(page, "the pending status");
});

test("expired, random and malformed tokens get the same neutral page with the same status", async ({
  page,
}) => {
  const seeded = await seedSubmission("Radomir");
  const expired = await addLink(seeded.submissionId, -60_000);
  const random = randomBytes(32).toString("base64url");
  const seen: { status: number | undefined; text: string }[] = [];
  for (const token of [expired, random, "not-a-token"]) {
    const response = await page.goto(`/r/${token}`);
    seen.push({ status: response?.status(), text: await page.locator("main").innerText() });
  }
  expect(seen[1]).toEqual(seen[0]);
  expect(seen[2]).toEqual(seen[0]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is no longer valid");
  await expect(page.getByRole("link", { name: "Send me a new link" })).toHaveAttribute(
    "href",
    "/r/new-link",
  );
  await expectAccessible(page, "the neutral page");
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
});

test("reply pages are never cached, never send a referrer and are not indexed", async ({
  page,
}) => {
  const seeded = await seedSubmission("Oksana");
  for (const path of [`/r/${await addLink(seeded.submissionId)}`, "/r/new-link", "/r/unknown"]) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    expect(headers["cache-control"], path).toContain("no-store");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["x-robots-tag"], path).toContain("noindex");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  }
});

test("a new-link request answers an unknown email exactly as a known one", async ({ page }) => {
  const seeded = await seedSubmission("Wilhelmina");
  const outcomes: { status: number; text: string }[] = [];
  const unknownEmail = `nobody-${Date.now()}@example.com`;
  for (const email of [unknownEmail, seeded.email]) {
    await page.goto("/r/new-link");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Date of birth").fill(DOB);
    const posted = page.waitForResponse((r) => new URL(r.url()).pathname === "/r/new-link/send");
    await page.getByRole("button", { name: "Send me a new link" }).click();
    const response = await posted;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    outcomes.push({ status: response.status(), text: await page.locator("main").innerText() });
    expect(page.url()).not.toContain("example.com");
  }
  expect(outcomes[1]).toEqual(outcomes[0]);
  const mail = await query<{ to: string }>(
    `SELECT "to" FROM outbox_email WHERE kind = 'fresh_link' AND "to" = ANY($1)`,
    [[unknownEmail, seeded.email]],
  );
  expect(mail.map((m) => m.to)).toEqual([seeded.email]);
  await expectAccessible(page, "the new-link confirmation");
  await page.goto("/r/new-link");
  await expectAccessible(page, "the new-link form");
});
