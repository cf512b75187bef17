import { expect, test, type Page } from "@playwright/test";
import { SIGN_IN_ERROR } from "../../lib/auth/messages";
import {
  aboutAnswers,
  answerUpToReview,
  openAssessment,
  signAndAgree,
  submitAndReadReference,
} from "./assessment-support";
import {
  createStaff,
  openLogin,
  submissionId,
  submitLogin,
  uniqueName,
  giveOwnAddress,
} from "./staff-support";
import { expectAccessible, expectNoHorizontalScroll, query } from "./support";

// Journey 4 of DESIGN.md in Chromium: a patient's assessment reaches the physician, who reads it,
// answers from the suggested template, previews and sends; the queue and the database follow.

const THYROID_REASON = /Takes thyroid hormone/;
// What the patient reads about the same flag: the draft carries this, never the staff reason.
const THYROID_FOR_PATIENT = /LDN can lower the amount of thyroid hormone your body needs/;

async function searchQueue(page: Page, term: string): Promise<void> {
  await page.getByLabel("Search name, email or reference").fill(term);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === term);
}

/** A status tab with its count, named "New (1)" for screen readers. */
const tab = (page: Page, label: string, count: number) =>
  page
    .getByRole("navigation", { name: "Queue status" })
    .getByRole("link", { name: new RegExp(`^${label} \\(\\s*${count}\\s*\\)$`) });

test.describe("physician dashboard", () => {
  test("a physician finds the patient's submission, replies from the template, and it moves to Replied", async ({
    browser,
  }) => {
    // The patient: the real wizard, with one answer that raises a flag.
    const patientContext = await browser.newContext();
    const patientPage = await patientContext.newPage();
    const about = aboutAnswers({ firstName: uniqueName("Tamsin"), lastName: uniqueName("Orlov") });
    await openAssessment(patientPage);
    await answerUpToReview(patientPage, about, { medications: { thyroidMedication: "Yes" } });
    await signAndAgree(patientPage, about);
    const reference = await submitAndReadReference(patientPage);
    await patientContext.close();
    const id = await submissionId(reference);

    // The physician signs in and finds it by name.
    const physician = await createStaff("PHYSICIAN", { name: "Dr. Rowan Hale" });
    const context = await browser.newContext();
    await giveOwnAddress(context);
    const page = await context.newPage();
    await openLogin(page);
    await expectAccessible(page, "/login");
    await submitLogin(page, physician.email, physician.password);
    await page.waitForURL((url) => url.pathname === "/dashboard");

    await searchQueue(page, about.lastName.toUpperCase().slice(0, 10));
    await expect(tab(page, "New", 1)).toHaveAttribute("aria-current", "page");
    const row = page.getByRole("row", { name: new RegExp(reference) });
    await expect(row).toContainText(`${about.firstName} ${about.lastName}`);
    await expect(row).toContainText("Fibromyalgia");
    await expect(row).toContainText("Thyroid hormone");
    await expectAccessible(page, "the queue");
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The submission: answers by step and the flag with its reason.
    await row.getByRole("link", { name: reference }).click();
    await page.waitForURL((url) => url.pathname === `/dashboard/submissions/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${reference} · ${about.firstName} ${about.lastName}`,
    );
    const flags = page.getByRole("region", { name: "Flags" });
    await expect(flags).toContainText("Thyroid hormone");
    await expect(flags).toContainText(THYROID_REASON);
    const answers = page.getByRole("region", { name: "Answers" });
    await expect(answers).toContainText("Widespread pain and poor sleep.");
    await expect(answers).toContainText("Duloxetine 30 mg daily; vitamin D");
    await expect(answers).toContainText(about.email);

    // The composer starts from the fibromyalgia template, with the flag's reason added.
    const [template] = await query<{ benefits: string; timeline: string }>(
      "SELECT benefits, timeline FROM reply_template WHERE key = 'fibromyalgia'",
    );
    expect(template, "default templates are in place").toBeDefined();
    await expect(page.getByLabel("Expected benefits")).toHaveValue(template!.benefits);
    await expect(page.getByLabel("Expected timeline")).toHaveValue(template!.timeline);
    await expect(page.getByLabel("Special considerations")).toHaveValue(THYROID_FOR_PATIENT);
    await expect(page.getByLabel("Special considerations")).not.toHaveValue(THYROID_REASON);
    await expect(page.getByLabel("Apply template")).toHaveValue("fibromyalgia");

    const message = `Thank you, ${about.firstName}. ${uniqueName("Note")} — let us discuss a trial at a visit.`;
    await page.getByLabel("Message to the patient").fill(message);
    await expect(page.getByText(/^Draft saved \d{1,2}:\d{2}/)).toBeVisible();
    const drafts = await query<{ message: string }>(
      "SELECT message FROM reply WHERE submission_id = $1 AND status = 'DRAFT'",
      [id],
    );
    expect(drafts.map((d) => d.message)).toEqual([message]);
    await expectAccessible(page, "the submission page with the composer");

    // The preview is the patient's view of the reply.
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: "Preview as the patient will see it" });
    await expect(
      preview.getByRole("heading", { name: "Your reply from Dr. Rowan Hale" }),
    ).toBeVisible();
    await expect(preview).toContainText(message);
    await expect(preview).toContainText(template!.benefits);
    await expect(page.getByLabel("Message to the patient")).toBeHidden();
    await expectAccessible(page, "the reply preview");

    await page.getByRole("button", { name: "Send reply" }).click();
    const confirm = page.getByRole("group", { name: /Send this reply to the patient\?/ });
    await confirm.getByRole("button", { name: "Yes, send" }).click();
    await expect(
      page.getByText("Version 1 was sent. The patient will get an email that it is ready."),
    ).toBeVisible();

    // The queue: no longer New, now under Replied.
    await page.goto("/dashboard");
    await searchQueue(page, about.lastName);
    await expect(tab(page, "New", 0)).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("row", { name: new RegExp(reference) })).toHaveCount(0);
    await tab(page, "Replied", 1).click();
    await expect(tab(page, "Replied", 1)).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("row", { name: new RegExp(reference) })).toBeVisible();

    // The database: one sent reply, the patient's email queued, the actions audited.
    const replies = await query<{ status: string; message: string; sent_at: Date | null }>(
      "SELECT status, message, sent_at FROM reply WHERE submission_id = $1",
      [id],
    );
    expect(replies).toEqual([{ status: "SENT", message, sent_at: expect.any(Date) }]);
    const [submission] = await query<{ status: string }>(
      "SELECT status FROM submission WHERE id = $1",
      [id],
    );
    expect(submission?.status).toBe("REPLIED");
    // The email only says a reply is ready: no medical content travels in the outbox.
    const outbox = await query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM outbox_email WHERE "to" = $1 AND kind = 'reply_ready'`,
      [about.email],
    );
    expect(outbox).toEqual([{ payload: expect.objectContaining({ reference }) }]);
    expect(JSON.stringify(outbox[0]?.payload)).not.toContain(message);
    expect(JSON.stringify(outbox[0]?.payload)).not.toContain(template!.benefits);
    const events = await query<{ action: string }>(
      "SELECT DISTINCT action FROM audit_event WHERE actor_id = $1 AND subject_id = $2",
      [physician.id, id],
    );
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["submission.view", "reply.draft_save", "reply.send"]),
    );

    await page.goto("/dashboard/templates");
    await expect(page.getByRole("heading", { level: 1, name: "Reply templates" })).toBeVisible();
    await expectAccessible(page, "the templates page");

    // Signing out ends the session on the server, not only in this browser.
    const cookies = await context.cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
    const replayed = await browser.newContext();
    await replayed.addCookies(cookies);
    const stale = await replayed.request.get("/api/submissions");
    expect(stale.status()).toBe(401);
    await replayed.close();
    await context.close();
  });

  test("after five wrong passwords the account is locked: the right one and an unknown email get the same message", async ({
    page,
  }) => {
    await giveOwnAddress(page.context());
    const physician = await createStaff("PHYSICIAN");
    await openLogin(page);
    const alert = page.getByRole("main").getByRole("alert");
    for (let attempt = 1; attempt <= 6; attempt++) {
      await submitLogin(page, physician.email, `wrong-password-${attempt}-xyz`);
      await expect(alert).toHaveText(SIGN_IN_ERROR);
      await expect(page).toHaveURL(/\/login/);
    }

    await submitLogin(page, physician.email, physician.password);
    await expect(alert).toHaveText(SIGN_IN_ERROR);
    const lockedText = await alert.textContent();
    await expect(page).toHaveURL(/\/login/);
    expect((await page.context().cookies()).some((c) => c.name.includes("session-token"))).toBe(
      false,
    );

    await submitLogin(page, `nobody-${uniqueName("x")}@clinic.example`, physician.password);
    await expect(alert).toHaveText(SIGN_IN_ERROR);
    expect(await alert.textContent()).toBe(lockedText);

    // Auth.js's own credentials endpoint, the route a script would hammer, is locked just the same.
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const direct = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: physician.email, password: physician.password },
      maxRedirects: 0,
    });
    expect(direct.headers().location).toMatch(/\/login\?error=CredentialsSignin/);
    expect(direct.headers()["set-cookie"] ?? "").not.toContain("session-token");

    // The last attempts were refused because of the lock, not because the password was wrong.
    const reasons = await query<{ reason: string }>(
      `SELECT details->>'reason' AS reason FROM audit_event
        WHERE action = 'auth.sign_in_failed' AND actor_email = $1 ORDER BY id`,
      [physician.email],
    );
    expect(reasons.map((r) => r.reason)).toEqual([
      ...Array(5).fill("bad_password"),
      "locked",
      "locked",
      "locked",
    ]);
  });
});
