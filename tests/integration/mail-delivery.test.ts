import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import { saveDraft, sendReply } from "@/lib/dal/replies";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/outbox";
import { DEAD_AFTER_MS } from "@/lib/mail/claims";
import { query } from "../support/db";
import {
  outboxRows,
  testClock,
  testWorker,
  type TestClock,
  type TestWorker,
} from "../support/mail";
import { freePort, startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { insertSubmission, makeUser, resetStaffData } from "../support/staff-fixtures";

// Reliability of the outbox against a real SMTP server on loopback: retries with backoff, giving
// up after the last attempt, an outage that loses nothing, and exactly-once delivery when two
// workers (two app instances) race for the same rows. The clock is moved, never slept on.

const MINUTE = 60_000;
const token = "A".repeat(43);

let smtp: TestSmtpServer | undefined;
let workers: TestWorker[] = [];
let clock: TestClock;

beforeEach(async () => {
  await resetStaffData();
  clock = testClock();
});
afterEach(async () => {
  for (const w of workers) w.close();
  workers = [];
  await smtp?.close();
  smtp = undefined;
});

function worker(url: string, maxAttempts = 8): TestWorker {
  const w = testWorker(url, clock, { maxAttempts });
  workers.push(w);
  return w;
}

async function queue(n = 1): Promise<void> {
  await db().$transaction(async (tx) => {
    for (let i = 0; i < n; i++)
      await enqueueEmail(tx, {
        kind: "fresh_link",
        to: `patient${i}@example.com`,
        payload: { token },
      });
  });
}

describe("the outbox worker", () => {
  it("retries a rejected message with exponential backoff, then delivers it once", async () => {
    smtp = await startSmtpServer();
    smtp.rejectNext(2);
    const w = worker(smtp.url);
    await queue();

    expect(await w.run()).toMatchObject({ claimed: 1, retried: 1 });
    let [row] = await outboxRows();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row?.last_error).toMatch(/451/);
    expect(row!.next_attempt_at.getTime() - clock.now().getTime()).toBe(30_000);
    expect(await w.run()).toMatchObject({ claimed: 0 }); // not due yet

    clock.advance(30_000);
    expect(await w.run()).toMatchObject({ claimed: 1, retried: 1 });
    [row] = await outboxRows();
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row!.next_attempt_at.getTime() - clock.now().getTime()).toBe(60_000);

    clock.advance(60_000);
    expect(await w.run()).toMatchObject({ claimed: 1, sent: 1 });
    [row] = await outboxRows();
    expect(row).toMatchObject({ status: "SENT", attempts: 3 });
    expect(smtp.received).toHaveLength(1);
  });

  it("marks a message FAILED after the last attempt and stops trying", async () => {
    smtp = await startSmtpServer();
    smtp.rejectNext(1000);
    const w = worker(smtp.url, 3);
    await queue();
    for (let i = 0; i < 3; i++) {
      await w.run();
      clock.advance(60 * MINUTE);
    }
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: "FAILED", attempts: 3, sent_at: null });
    expect(await w.run()).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("fails a message no template can render at once, without retrying", async () => {
    smtp = await startSmtpServer();
    await query(
      `INSERT INTO outbox_email (id, kind, "to", payload) VALUES (gen_random_uuid(), 'reply_ready', 'a@example.com', '{}')`,
    );
    expect(await worker(smtp.url).run()).toMatchObject({ failed: 1 });
    expect((await outboxRows())[0]).toMatchObject({ status: "FAILED", attempts: 1 });
  });

  it("sends a message again once the worker that claimed it has stopped its heartbeat", async () => {
    smtp = await startSmtpServer();
    await queue();
    // What a worker on another host that crashed after claiming leaves behind.
    const dead = "00000000-0000-4000-8000-000000000001";
    await query(
      `INSERT INTO mail_worker (id, host, pid, started_at, heartbeat_at) VALUES ($1, 'elsewhere', 1, $2, $2)`,
      [dead, clock.now()],
    );
    await query(
      `UPDATE outbox_email SET status = 'SENDING', attempts = 1, claimed_by = $1, next_attempt_at = $2`,
      [dead, new Date(clock.now().getTime() + 60_000)],
    );
    const w = worker(smtp.url);
    expect(await w.run()).toMatchObject({ recovered: 0, claimed: 0 });
    clock.advance(DEAD_AFTER_MS + 1_000);
    expect(await w.run()).toMatchObject({ recovered: 1, sent: 1 });
    expect((await outboxRows())[0]).toMatchObject({ status: "SENT", attempts: 2 });
    expect(await query(`SELECT id FROM mail_worker WHERE id = $1`, [dead])).toEqual([]);
    expect(smtp.received).toHaveLength(1);
  });
});

describe("an SMTP outage", () => {
  let physician: Actor;
  let submissionId: string;

  beforeEach(async () => {
    physician = await makeUser("PHYSICIAN");
    submissionId = await insertSubmission({ firstName: "Jordan", email: "jordan@example.com" });
    await saveDraft(physician, submissionId, {
      likelihood: "LIKELY",
      benefits: "b",
      timeline: "t",
      message: "m",
    });
  });

  it("loses nothing and delivers the reply email exactly once when two workers race after it", async () => {
    const port = await freePort(); // nothing listens: the SMTP server is down
    const url = `smtp://127.0.0.1:${port}`;
    const [a, b] = [worker(url), worker(url)];
    await sendReply(physician, submissionId);

    expect(await a.run()).toMatchObject({ claimed: 1, retried: 1 });
    let [row] = await outboxRows();
    expect(row).toMatchObject({ kind: "reply_ready", status: "PENDING", attempts: 1 });
    expect(row?.last_error).toMatch(/ECONNREFUSED/);
    expect(row?.last_error).not.toMatch(/@/);
    const queuedToken = row?.payload.token;

    smtp = await startSmtpServer(port); // the server comes back
    clock.advance(60 * MINUTE);
    for (let i = 0; i < 5; i++) await Promise.all([a.run(), b.run()]);

    [row] = await outboxRows();
    expect(row).toMatchObject({ status: "SENT", attempts: 2 });
    expect(row?.payload).not.toHaveProperty("token");
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(["jordan@example.com"]);
    expect(smtp.received[0]?.text).toContain(`/r/${String(queuedToken)}`);
  });

  it("delivers every queued message exactly once with two workers claiming concurrently", async () => {
    smtp = await startSmtpServer();
    const [a, b] = [worker(smtp.url), worker(smtp.url)];
    await queue(25);
    const sentBy = { a: 0, b: 0 };
    for (let i = 0; i < 5; i++) {
      const [ra, rb] = await Promise.all([a.run(), b.run()]);
      sentBy.a += ra.sent;
      sentBy.b += rb.sent;
    }
    // Both really worked: the rows were shared out, not sent twice.
    expect(sentBy.a).toBeGreaterThan(0);
    expect(sentBy.b).toBeGreaterThan(0);
    expect(sentBy.a + sentBy.b).toBe(25);

    const rows = await outboxRows();
    expect(rows.map((r) => r.status)).toEqual(Array(25).fill("SENT"));
    expect(rows.map((r) => r.attempts)).toEqual(Array(25).fill(1));
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect(new Set(smtp.received.flatMap((m) => m.to)).size).toBe(25);
  });
});
