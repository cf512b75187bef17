import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { requestNewLink } from "@/lib/dal/new-link";
import { getPatientView } from "@/lib/dal/patient-view";
import { issueReplyLink, replyLinkUrl, resolveLink, verifyDob } from "@/lib/dal/reply-links";
import { db } from "@/lib/db";
import { newToken } from "@/lib/reply-links/token";
import { query } from "../support/db";
import { insertSubmission, makeUser, resetStaffData } from "../support/staff-fixtures";

// The fixtures' submissions are born on 1984-03-14.
const DOB = "1984-03-14";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const t0 = new Date("2026-12-01T15:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

let submissionId: string;

const issue = (id = submissionId, now = t0) =>
  db().$transaction((tx) => issueReplyLink(tx, id, now));
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

async function addSentReply(id: string, version = 1, benefits = "Less pain for many.") {
  const author = await makeUser("PHYSICIAN");
  const [row] = await query<{ id: string }>(
    `INSERT INTO reply (id, submission_id, version, status, author_id, likelihood, benefits, timeline,
       considerations, message, sent_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'SENT', $3, 'LIKELY', $4, '8 to 12 weeks.', 'Watch thyroid dose.',
       'Thank you, Jordan.', now(), now()) RETURNING id`,
    [id, version, author.id, benefits],
  );
  return row!.id;
}

beforeEach(async () => {
  await resetStaffData();
  await query("TRUNCATE login_throttle");
  submissionId = await insertSubmission({ firstName: "Jordan", email: "jordan@example.com" });
});

describe("issueReplyLink and resolveLink", () => {
  it("stores only the SHA-256 of a 43-character token, expiring after 30 days", async () => {
    const token = await issue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await query<{ token_hash: string; expires_at: Date; submission_id: string }>(
      "SELECT token_hash, expires_at, submission_id FROM reply_link",
    );
    expect(rows).toEqual([
      { token_hash: sha256(token), expires_at: at(30 * DAY), submission_id: submissionId },
    ]);
    const dump = JSON.stringify(await query("SELECT * FROM reply_link"));
    expect(dump).not.toContain(token);
    expect(replyLinkUrl(token)).toMatch(new RegExp(`^https?://[^/]+/r/${token}$`));
  });

  it("resolves a live token and keeps older links of the submission working", async () => {
    const first = await issue();
    const second = await issue();
    expect(first).not.toBe(second);
    expect((await resolveLink(first, at(DAY)))?.submissionId).toBe(submissionId);
    expect((await resolveLink(second, at(DAY)))?.submissionId).toBe(submissionId);
  });

  it("answers null alike for an expired, a random and a malformed token", async () => {
    const token = await issue();
    const expired = await resolveLink(token, at(30 * DAY + 1));
    const random = await resolveLink(newToken(), t0);
    const malformed = await Promise.all(
      ["", "abc", `${token}x`, `${token.slice(0, 42)}!`, "../../etc/passwd"].map((t) =>
        resolveLink(t, t0),
      ),
    );
    expect([expired, random, ...malformed]).toEqual(Array(7).fill(null));
  });
});

describe("verifyDob", () => {
  it("accepts the right date of birth and rejects a wrong one", async () => {
    const token = await issue();
    expect(await verifyDob(token, "1984-03-15", "10.0.0.1", t0)).toEqual({ kind: "wrong" });
    const ok = await verifyDob(token, DOB, "10.0.0.1", t0);
    expect(ok).toEqual({ kind: "ok", linkId: (await resolveLink(token, t0))!.id });
  });

  it("treats an unknown or expired token as invalid without counting anything", async () => {
    const token = await issue();
    expect(await verifyDob(newToken(), DOB, "10.0.0.1", t0)).toEqual({ kind: "invalid" });
    expect(await verifyDob(token, DOB, "10.0.0.1", at(31 * DAY))).toEqual({ kind: "invalid" });
    expect(await query("SELECT * FROM login_throttle")).toEqual([]);
  });

  it("locks the link for 15 minutes after 5 wrong answers, even for the right one, then unlocks", async () => {
    const token = await issue();
    for (let i = 1; i <= 4; i++)
      expect(await verifyDob(token, "1990-01-01", "10.0.0.1", at(i * 1000))).toEqual({
        kind: "wrong",
      });
    expect(await verifyDob(token, "1990-01-01", "10.0.0.1", at(5000))).toEqual({ kind: "locked" });
    expect(await verifyDob(token, DOB, "10.0.0.2", at(14 * MINUTE))).toEqual({ kind: "locked" });
    const [row] = await query<{ failed_dob_attempts: number; locked_until: Date }>(
      "SELECT failed_dob_attempts, locked_until FROM reply_link",
    );
    expect(row).toEqual({ failed_dob_attempts: 5, locked_until: at(5000 + 15 * MINUTE) });

    // After the lock a wrong answer starts a new count instead of relocking at once.
    expect(await verifyDob(token, "1990-01-01", "10.0.0.3", at(16 * MINUTE))).toEqual({
      kind: "wrong",
    });
    expect((await verifyDob(token, DOB, "10.0.0.3", at(16 * MINUTE))).kind).toBe("ok");
    expect(await query("SELECT failed_dob_attempts, locked_until FROM reply_link")).toEqual([
      { failed_dob_attempts: 0, locked_until: null },
    ]);
  });

  it("a success resets the count, so 4 wrong, 1 right and 4 wrong again do not lock", async () => {
    const token = await issue();
    for (let i = 0; i < 4; i++) await verifyDob(token, "1990-01-01", "10.0.0.1", t0);
    expect((await verifyDob(token, DOB, "10.0.0.1", t0)).kind).toBe("ok");
    for (let i = 0; i < 4; i++)
      expect(await verifyDob(token, "1990-01-01", "10.0.0.1", t0)).toEqual({ kind: "wrong" });
  });

  it("limits one address to 20 wrong answers across links, leaving other addresses alone", async () => {
    const tokens = await Promise.all(Array.from({ length: 6 }, () => issue()));
    const results: string[] = [];
    for (const token of tokens.slice(0, 5))
      for (let i = 0; i < 4; i++)
        results.push((await verifyDob(token, "1990-01-01", "203.0.113.9", t0)).kind);
    expect(results.slice(0, 19)).toEqual(Array(19).fill("wrong"));
    expect(results[19]).toBe("locked");
    // A fresh link from the same address is refused even with the right answer; elsewhere it works.
    expect(await verifyDob(tokens[5]!, DOB, "203.0.113.9", at(MINUTE))).toEqual({ kind: "locked" });
    expect((await verifyDob(tokens[5]!, DOB, "198.51.100.7", at(MINUTE))).kind).toBe("ok");
    expect((await verifyDob(tokens[5]!, DOB, "203.0.113.9", at(16 * MINUTE))).kind).toBe("ok");
  });
});

describe("getPatientView", () => {
  const linkId = async () => (await resolveLink(await issue(), t0))!.id;
  const views = (id: string) =>
    query<{ actor_id: string | null; subject_type: string; subject_id: string; ip: string | null }>(
      "SELECT actor_id, subject_type, subject_id, ip FROM audit_event WHERE action = 'reply.view_by_patient' ORDER BY id",
      [],
    ).then((rows) => rows.filter((r) => r.subject_id === id));

  it("shows the pending status with the promised reply date and audits nothing", async () => {
    const view = await getPatientView(await linkId(), { now: t0 });
    expect(view).toMatchObject({ kind: "pending", stage: "received", firstName: "Jordan" });
    if (view?.kind !== "pending") throw new Error("expected pending");
    expect(view.expectedBy.getTime()).toBeGreaterThan(view.submittedAt.getTime());
    await query("UPDATE submission SET status = 'IN_REVIEW' WHERE id = $1", [submissionId]);
    expect(await getPatientView(await linkId(), { now: t0 })).toMatchObject({ stage: "in_review" });
    expect(await views(submissionId)).toEqual([]);
  });

  it("shows the latest sent reply, marks it viewed once and audits every view", async () => {
    await addSentReply(submissionId, 1, "Old benefits.");
    const latest = await addSentReply(submissionId, 2, "New benefits.");
    const id = await linkId();
    const first = await getPatientView(id, { now: at(MINUTE), ip: "10.0.0.1" });
    expect(first).toMatchObject({
      kind: "reply",
      reply: {
        likelihood: "LIKELY",
        benefits: "New benefits.",
        timeline: "8 to 12 weeks.",
        considerations: "Watch thyroid dose.",
        message: "Thank you, Jordan.",
      },
    });
    await getPatientView(id, { now: at(2 * MINUTE), ip: "10.0.0.1" });
    const [reply] = await query<{ viewed_at: Date }>("SELECT viewed_at FROM reply WHERE id = $1", [
      latest,
    ]);
    expect(reply?.viewed_at).toEqual(at(MINUTE));
    expect(await views(submissionId)).toEqual([
      { actor_id: null, subject_type: "submission", subject_id: submissionId, ip: "10.0.0.1" },
      { actor_id: null, subject_type: "submission", subject_id: submissionId, ip: "10.0.0.1" },
    ]);
  });

  it("ignores a draft and returns null for an expired link", async () => {
    const author = await makeUser("PHYSICIAN");
    await query(
      `INSERT INTO reply (id, submission_id, version, status, author_id, benefits, updated_at)
       VALUES (gen_random_uuid(), $1, 1, 'DRAFT', $2, 'Draft only', now())`,
      [submissionId, author.id],
    );
    const id = await linkId();
    expect(await getPatientView(id, { now: t0 })).toMatchObject({ kind: "pending" });
    expect(await getPatientView(id, { now: at(31 * DAY) })).toBeNull();
  });
});

describe("requestNewLink", () => {
  const outbox = () =>
    query<{ kind: string; to: string; payload: { token: string } }>(
      'SELECT kind, "to", payload FROM outbox_email ORDER BY created_at',
    );
  const links = async () =>
    Number((await query<{ n: string }>("SELECT count(*)::text AS n FROM reply_link"))[0]?.n);

  it("queues a fresh link for the latest matching submission only", async () => {
    const older = submissionId;
    await query("UPDATE submission SET created_at = now() - interval '1 day' WHERE id = $1", [
      older,
    ]);
    const latest = await insertSubmission({ firstName: "Jordan", email: "jordan@example.com" });
    await requestNewLink({ email: "Jordan@Example.com ", dateOfBirth: DOB }, "10.0.0.1", t0);
    const mail = await outbox();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      kind: "fresh_link",
      to: "jordan@example.com",
    });
    // No name: nothing a submitter typed goes into an email.
    expect(mail[0]!.payload).toEqual({ token: expect.any(String) });
    expect((await resolveLink(mail[0]!.payload.token, t0))?.submissionId).toBe(latest);
  });

  it("does nothing visible for an unknown email or a wrong date of birth", async () => {
    await requestNewLink({ email: "nobody@example.com", dateOfBirth: DOB }, "10.0.0.1", t0);
    await requestNewLink(
      { email: "jordan@example.com", dateOfBirth: "1984-03-15" },
      "10.0.0.1",
      t0,
    );
    expect(await outbox()).toEqual([]);
    expect(await links()).toBe(0);
  });

  it("stops mailing one patient after 3 links an hour and one address after 10 requests", async () => {
    for (let i = 0; i < 5; i++)
      await requestNewLink({ email: "jordan@example.com", dateOfBirth: DOB }, `10.0.1.${i}`, t0);
    expect(await outbox()).toHaveLength(3);
    for (let i = 0; i < 10; i++)
      await requestNewLink(
        { email: "nobody@example.com", dateOfBirth: DOB },
        "10.0.2.1",
        at(2 * 60 * MINUTE),
      );
    // The patient's hourly allowance is back, but this address used up its own.
    await requestNewLink(
      { email: "jordan@example.com", dateOfBirth: DOB },
      "10.0.2.1",
      at(2 * 60 * MINUTE),
    );
    expect(await outbox()).toHaveLength(3);
    await requestNewLink(
      { email: "jordan@example.com", dateOfBirth: DOB },
      "10.0.2.2",
      at(2 * 60 * MINUTE),
    );
    expect(await outbox()).toHaveLength(4);
  });
});
