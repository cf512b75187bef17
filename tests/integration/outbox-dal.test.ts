import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import { ConflictError, NotFoundError, UnauthenticatedError } from "@/lib/dal/errors";
import { listFailedEmails, maskAddress, retryEmail, unsentSummary } from "@/lib/dal/outbox";
import { query } from "../support/db";
import { outboxRows } from "../support/mail";
import { makeUser, resetStaffData } from "../support/staff-fixtures";

// The dashboard's failed-email list and retry: staff only, masked recipients, audited.

let staff: Actor;

async function insertEmail(status: string, to = "jordan.rivera@example.com"): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO outbox_email (id, kind, "to", payload, status, attempts, last_error)
     VALUES (gen_random_uuid(), 'reply_ready', $1, '{}', $2::"OutboxStatus", 8, 'ESOCKET connect ECONNREFUSED')
     RETURNING id`,
    [to, status],
  );
  return row!.id;
}

beforeEach(async () => {
  await resetStaffData();
  staff = await makeUser("ADMIN");
});

describe("the unsent backlog", () => {
  it("counts pending and sending emails and dates the oldest, ignoring sent and failed ones", async () => {
    expect(await unsentSummary(staff)).toEqual({ unsent: 0, oldestQueuedAt: null });
    await query(`UPDATE outbox_email SET status = 'SENT'`);
    const oldest = await insertEmail("SENDING");
    await insertEmail("PENDING");
    await insertEmail("SENT");
    await insertEmail("FAILED");
    await query(`UPDATE outbox_email SET created_at = '2026-01-02T03:04:05Z' WHERE id = $1`, [
      oldest,
    ]);
    expect(await unsentSummary(staff)).toEqual({
      unsent: 2,
      oldestQueuedAt: "2026-01-02T03:04:05.000Z",
    });
    await expect(unsentSummary(null)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("failed emails", () => {
  it("lists only failed messages, with the recipient masked", async () => {
    const failed = await insertEmail("FAILED");
    await insertEmail("PENDING");
    await insertEmail("SENT");
    const list = await listFailedEmails(staff);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: failed,
      kind: "reply_ready",
      kindLabel: "Reply ready",
      recipient: "j***@example.com",
      attempts: 8,
      lastError: "ESOCKET connect ECONNREFUSED",
    });
    expect(JSON.stringify(list)).not.toContain("jordan.rivera");
  });

  it("masks every address shape without revealing the local part", () => {
    expect(maskAddress("a@b.example")).toBe("a***@b.example");
    expect(maskAddress("not-an-address")).toBe("***");
  });

  it("puts a failed email back in the queue with fresh attempts, and audits who did it", async () => {
    const id = await insertEmail("FAILED");
    await retryEmail(staff, id);
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: "PENDING", attempts: 0 });
    const events = await query<{ action: string; actor_id: string; subject_id: string }>(
      "SELECT action, actor_id, subject_id FROM audit_event",
    );
    expect(events).toEqual([{ action: "email.retry", actor_id: staff.id, subject_id: id }]);
  });

  it("refuses to retry a message that has not failed, an unknown id, or an anonymous caller", async () => {
    const sent = await insertEmail("SENT");
    await expect(retryEmail(staff, sent)).rejects.toBeInstanceOf(ConflictError);
    await expect(retryEmail(staff, "6f1c8a52-7a43-4d5e-9a43-1f2b3c4d5e6f")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(retryEmail(staff, "nope")).rejects.toBeInstanceOf(NotFoundError);
    const failed = await insertEmail("FAILED");
    await expect(retryEmail(null, failed)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listFailedEmails(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await outboxRows()).find((r) => r.id === failed)?.status).toBe("FAILED");
    expect(await query("SELECT 1 FROM audit_event")).toEqual([]);
  });
});
