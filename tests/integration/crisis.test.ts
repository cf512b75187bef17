import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import { acknowledgeCrisis, listOpenCrises } from "@/lib/dal/crisis";
import { ConflictError, UnauthenticatedError } from "@/lib/dal/errors";
import { getSubmission } from "@/lib/dal/submission-detail";
import { createSubmission } from "@/lib/dal/submissions";
import type { Assessment } from "@/lib/validations/assessment";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import { query } from "../support/db";
import { APP_URL, testClock, testWorker, type TestWorker } from "../support/mail";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { makeUser, resetStaffData } from "../support/staff-fixtures";

// A crisis answer is not just a queue position: the practice inbox hears at once (no PHI), and a
// banner stays on every dashboard page until a member of staff acknowledges it (audited).

process.env.PRACTICE_INBOX = "inbox@clinic.example";

const inCrisisByWords = {
  ...exampleAssessment,
  // The yes/no answer says "no"; the patient's own words say otherwise.
  symptoms: {
    ...exampleAssessment.symptoms,
    mainSymptoms: "Constant pain. I have been thinking about ending my life.",
  },
} as Assessment;

let smtp: TestSmtpServer;
let worker: TestWorker;
let physician: Actor;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await resetStaffData();
  smtp.received.length = 0;
  worker = testWorker(smtp.url, testClock());
  physician = await makeUser("PHYSICIAN");
});
afterEach(() => worker.close());

async function submit(assessment: Assessment): Promise<{ id: string; reference: string }> {
  const result = await createSubmission(assessment, null);
  if (result.kind !== "created") throw new Error(result.kind);
  const [row] = await query<{ id: string }>("SELECT id FROM submission WHERE reference = $1", [
    result.submission.reference,
  ]);
  return { id: row!.id, reference: result.submission.reference };
}

describe("crisis answers", () => {
  it("emails the practice inbox at once, with a dashboard link and no patient data", async () => {
    const { reference } = await submit(inCrisisByWords);
    await worker.run();
    const alerts = smtp.received.filter((m) => m.to.includes("inbox@clinic.example"));
    const urgent = alerts.find((m) => m.subject.startsWith("Urgent"));
    expect(urgent?.subject).toBe(`Urgent: assessment ${reference} needs attention today`);
    expect(urgent?.text).toContain(`${APP_URL}/dashboard`);
    for (const personal of ["Jordan", "Rivera", "jordan.rivera@example.com", "ending my life"])
      expect(urgent?.raw).not.toContain(personal);
  });

  it("sends no crisis alert for a patient without one", async () => {
    await submit(exampleAssessment as Assessment);
    await worker.run();
    expect(smtp.received.some((m) => m.subject.startsWith("Urgent"))).toBe(false);
  });

  it("keeps the submission in the banner list until acknowledged, and audits the acknowledgement", async () => {
    const { id, reference } = await submit(inCrisisByWords);
    await submit(exampleAssessment as Assessment);
    expect((await listOpenCrises(physician)).map((c) => c.reference)).toEqual([reference]);

    await acknowledgeCrisis(physician, id);
    expect(await listOpenCrises(physician)).toEqual([]);
    // A second acknowledgement changes nothing and records nothing.
    await acknowledgeCrisis(physician, id);
    const events = await query<{ actor_id: string; subject_id: string }>(
      "SELECT actor_id, subject_id FROM audit_event WHERE action = 'crisis.acknowledge'",
    );
    expect(events).toEqual([{ actor_id: physician.id, subject_id: id }]);

    const detail = await getSubmission(physician, id);
    expect(detail.crisis).toEqual({
      acknowledgedAt: expect.any(String),
      acknowledgedBy: physician.name,
    });
  });

  it("refuses to acknowledge a submission without a crisis flag, and anyone signed out", async () => {
    const { id } = await submit(exampleAssessment as Assessment);
    await expect(acknowledgeCrisis(physician, id)).rejects.toBeInstanceOf(ConflictError);
    await expect(acknowledgeCrisis(null, id)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listOpenCrises(null)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
