import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveLink } from "@/lib/dal/reply-links";
import { saveDraft, sendReply } from "@/lib/dal/replies";
import { createSubmission } from "@/lib/dal/submissions";
import { devMailboxTransport } from "@/lib/mail/transport";
import { runOnce } from "@/lib/mail/worker";
import type { Assessment } from "@/lib/validations/assessment";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import { query } from "../support/db";
import {
  APP_URL,
  linkToken,
  outboxRows,
  testClock,
  testWorker,
  type TestWorker,
} from "../support/mail";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { makeUser, resetStaffData } from "../support/staff-fixtures";

// What each email says, read off a real SMTP server on loopback: links built from APP_URL that
// open the patient's page, and nothing medical — none of the answers reach any message.

// Read by lib/env on first use; this file's workers run in their own module graph.
process.env.PRACTICE_INBOX = "inbox@clinic.example";

/** Free text only the patient's answers contain: none of it may appear in any email. */
const secrets = {
  lastName: "Quetzalcoatl",
  phone: "(512) 555-0199",
  mainSymptoms: "Zyxwv burning pain in both feet",
  currentMedications: "Qwertonide 40 mg nightly",
  goals: "Walk the Barton Creek trail again",
  previousTreatments: "Plonkazine patches",
  otherDiagnoses: "Frobnicated thyroid",
};

const assessment = {
  ...exampleAssessment,
  about: { ...exampleAssessment.about, lastName: secrets.lastName, phone: secrets.phone },
  condition: { ...exampleAssessment.condition, otherDiagnoses: secrets.otherDiagnoses },
  symptoms: { ...exampleAssessment.symptoms, mainSymptoms: secrets.mainSymptoms },
  medications: { ...exampleAssessment.medications, currentMedications: secrets.currentMedications },
  goals: { goals: secrets.goals, previousTreatments: secrets.previousTreatments },
  consent: { ...exampleAssessment.consent, signature: `Jordan ${secrets.lastName}` },
} as Assessment;

let smtp: TestSmtpServer;
let worker: TestWorker;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

beforeEach(async () => {
  await resetStaffData();
  smtp.received.length = 0;
  worker = testWorker(smtp.url, testClock());
});
afterEach(() => worker.close());

function expectNoMedicalContent(raw: string) {
  for (const text of [...Object.values(secrets), "1984-03-14", "fibromyalgia", "Duloxetine"])
    expect(raw).not.toContain(text);
}

describe("emails about a submission", () => {
  it("sends the patient a confirmation with the reference and a working /r/ link, and nothing medical", async () => {
    const result = await createSubmission(assessment, null);
    if (result.kind !== "created") throw new Error(result.kind);
    const { reference } = result.submission;
    expect(await worker.run()).toMatchObject({ claimed: 2, sent: 2 });

    const mail = smtp.received.find((m) => m.to.includes("jordan.rivera@example.com"));
    expect(mail?.subject).toContain(reference);
    expect(mail?.text).toContain(`Your reference is ${reference}`);
    expect(mail?.text).toMatch(/within 3 business days/);
    expect(mail?.html).toContain(reference);
    const token = linkToken(mail!.text);
    expect(token).toBeDefined();
    expect(mail?.html).toContain(`href="${APP_URL}/r/${token}"`);
    // The link opens this submission's page.
    const [row] = await query<{ id: string }>("SELECT id FROM submission WHERE reference = $1", [
      reference,
    ]);
    expect((await resolveLink(token!))?.submissionId).toBe(row?.id);
    expect(mail?.text).toMatch(/^Hello,$/m);
    expect(mail?.text).not.toContain("Jordan");
    expectNoMedicalContent(mail!.raw);
  });

  it("alerts the practice inbox with the reference and a dashboard link only", async () => {
    const result = await createSubmission(assessment, null);
    if (result.kind !== "created") throw new Error(result.kind);
    await worker.run();
    const alert = smtp.received.find((m) => m.to.includes("inbox@clinic.example"));
    expect(alert?.subject).toBe(`New assessment ${result.submission.reference}`);
    expect(alert?.text).toContain(`${APP_URL}/dashboard`);
    expect(linkToken(alert!.raw)).toBeUndefined();
    for (const personal of ["Jordan", "jordan.rivera@example.com", "Rivera"])
      expect(alert?.raw).not.toContain(personal);
    expectNoMedicalContent(alert!.raw);
  });

  it("tells the patient the reply is ready with a fresh link and none of the reply", async () => {
    const result = await createSubmission(assessment, null);
    if (result.kind !== "created") throw new Error(result.kind);
    await worker.run();
    smtp.received.length = 0;
    const physician = await makeUser("PHYSICIAN");
    const [{ id }] = (await query<{ id: string }>("SELECT id FROM submission")) as [{ id: string }];
    const reply = {
      likelihood: "POSSIBLY",
      benefits: "Xylophone benefits paragraph",
      timeline: "Marimba timeline paragraph",
      considerations: "Glockenspiel considerations",
      message: "Ocarina personal message",
    } as const;
    await saveDraft(physician, id, reply);
    await sendReply(physician, id);
    expect(await worker.run()).toMatchObject({ sent: 1 });

    const [mail] = smtp.received;
    expect(mail?.subject).toBe("Your reply is ready");
    expect(mail?.to).toEqual(["jordan.rivera@example.com"]);
    const token = linkToken(mail!.text);
    expect((await resolveLink(token!))?.submissionId).toBe(id);
    for (const text of Object.values(reply)) expect(mail?.raw).not.toContain(text);
    expect(mail?.raw).not.toContain("Possibly");
    expectNoMedicalContent(mail!.raw);
  });

  it("puts nothing the patient typed into the email", async () => {
    const odd = { ...assessment, about: { ...assessment.about, firstName: "Jo & <b>Ann</b>" } };
    const result = await createSubmission(
      {
        ...odd,
        consent: { ...odd.consent, signature: `Jo & <b>Ann</b> ${secrets.lastName}` },
      } as Assessment,
      null,
    );
    if (result.kind !== "created") throw new Error(result.kind);
    await worker.run();
    const mail = smtp.received.find((m) => m.to.includes("jordan.rivera@example.com"));
    expect(mail?.html).toContain("Hello,");
    for (const part of [mail?.subject, mail?.text, mail?.html]) expect(part).not.toContain("Ann");
  });

  it("removes the token from the stored payload once the email is sent", async () => {
    await createSubmission(assessment, null);
    const [queued] = (await outboxRows()).filter((r) => r.kind === "submission_received");
    expect(typeof queued?.payload.token).toBe("string");
    await worker.run();
    const rows = await outboxRows();
    expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT"]);
    const sent = rows.find((r) => r.kind === "submission_received");
    expect(sent?.payload).toEqual({ reference: queued?.payload.reference });
    expect(JSON.stringify(rows)).not.toContain(String(queued?.payload.token));
  });
});

describe("the development mailbox", () => {
  it("keeps delivered mail in dev_mail when there is no SMTP server", async () => {
    await query("TRUNCATE dev_mail");
    await createSubmission(assessment, null);
    const clock = testClock();
    const result = await runOnce({
      transport: devMailboxTransport(),
      now: clock.now,
      appUrl: APP_URL,
    });
    expect(result).toMatchObject({ sent: 2 });
    const mail = await query<{ to: string; subject: string; text: string }>(
      `SELECT "to", subject, text FROM dev_mail ORDER BY "to"`,
    );
    expect(mail.map((m) => m.to)).toEqual(["inbox@clinic.example", "jordan.rivera@example.com"]);
    expect(linkToken(mail[1]!.text)).toBeDefined();
  });
});
