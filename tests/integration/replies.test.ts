import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from "@/lib/dal/errors";
import { saveDraft, sendReply } from "@/lib/dal/replies";
import { errorResponse } from "@/lib/http/errors";
import { query } from "../support/db";
import {
  auditActionsFor,
  insertSubmission,
  makeUser,
  resetStaffData,
} from "../support/staff-fixtures";

const complete = {
  likelihood: "POSSIBLY",
  benefits: "Less pain and better sleep for some people.",
  timeline: "Usually 8–12 weeks.",
  considerations: "",
  message: "Thank you for your answers.",
} as const;

type ReplyRow = {
  id: string;
  version: number;
  status: string;
  benefits: string;
  sent_at: Date | null;
};
const replies = (submissionId: string) =>
  query<ReplyRow>(
    "SELECT id, version, status::text, benefits, sent_at FROM reply WHERE submission_id = $1 ORDER BY version",
    [submissionId],
  );
const statusOf = async (id: string) =>
  (await query<{ status: string }>("SELECT status::text FROM submission WHERE id = $1", [id]))[0]
    ?.status;
const outbox = () =>
  query<{ kind: string; to: string; payload: Record<string, unknown> }>(
    'SELECT kind, "to", payload FROM outbox_email',
  );

let physician: Actor;
let submissionId: string;

beforeEach(async () => {
  await resetStaffData();
  physician = await makeUser("PHYSICIAN");
  submissionId = await insertSubmission({
    firstName: "Jordan",
    email: "jordan@example.com",
    reference: "LDN-7KQ4-M2XD",
  });
});

describe("saveDraft", () => {
  it("creates the draft once and updates it on every autosave", async () => {
    const first = await saveDraft(physician, submissionId, { benefits: "Draft one" });
    expect(first).toMatchObject({
      version: 1,
      status: "DRAFT",
      likelihood: null,
      benefits: "Draft one",
      timeline: "",
      sentAt: null,
    });
    expect(first.author).toEqual({ id: physician.id, name: physician.name });
    const second = await saveDraft(physician, submissionId, {
      ...complete,
      templateKey: "fibromyalgia",
    });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      version: 1,
      likelihood: "POSSIBLY",
      benefits: complete.benefits,
      templateKey: "fibromyalgia",
    });
    expect(await replies(submissionId)).toHaveLength(1);
  });

  it("keeps one draft when autosaves race", async () => {
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        saveDraft(physician, submissionId, { benefits: `save ${i}` }),
      ),
    );
    const rows = await replies(submissionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 1, status: "DRAFT" });
  });

  it("refuses overlong text with a field message", async () => {
    const error = await saveDraft(physician, submissionId, { message: "x".repeat(10_001) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toHaveProperty("message");
  });

  it("answers not found for an unknown or malformed id and conflict for an archived submission", async () => {
    await expect(
      saveDraft(physician, "00000000-0000-4000-8000-000000000000", complete),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveDraft(physician, "not-a-uuid", complete)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const archived = await insertSubmission({ status: "ARCHIVED" });
    await expect(saveDraft(physician, archived, complete)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("sendReply", () => {
  it("sends the draft, moves the submission to REPLIED and queues the patient email", async () => {
    await saveDraft(physician, submissionId, complete);
    const sent = await sendReply(physician, submissionId);
    expect(sent).toMatchObject({ version: 1, status: "SENT", benefits: complete.benefits });
    expect(Date.parse(sent.sentAt!)).not.toBeNaN();
    expect(await statusOf(submissionId)).toBe("REPLIED");
    const emails = await outbox();
    expect(emails).toEqual([
      {
        kind: "reply_ready",
        to: "jordan@example.com",
        // The raw token of a fresh reply link; only its hash is stored (reply_link).
        payload: { reference: "LDN-7KQ4-M2XD", token: expect.any(String) },
      },
    ]);
    const links = await query("SELECT 1 FROM reply_link WHERE submission_id = $1", [submissionId]);
    expect(links).toHaveLength(1);
    expect(await auditActionsFor(submissionId)).toEqual(["reply.draft_save", "reply.send"]);
  });

  it("is atomic: a failure while queueing the email leaves the reply, status and outbox untouched", async () => {
    await saveDraft(physician, submissionId, complete);
    // Make the last write of the transaction fail, as a full disk or a dropped connection would.
    await query(
      `CREATE FUNCTION fail_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox down'; END; $$`,
    );
    await query(
      `CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox_email FOR EACH ROW EXECUTE FUNCTION fail_outbox()`,
    );
    try {
      await expect(sendReply(physician, submissionId)).rejects.toThrow();
    } finally {
      await query("DROP TRIGGER fail_outbox ON outbox_email");
      await query("DROP FUNCTION fail_outbox()");
    }
    expect(await replies(submissionId)).toEqual([
      expect.objectContaining({ version: 1, status: "DRAFT", sent_at: null }),
    ]);
    expect(await statusOf(submissionId)).toBe("NEW");
    expect(await outbox()).toEqual([]);
    expect(await auditActionsFor(submissionId)).toEqual(["reply.draft_save"]);

    // With the outage over, the same draft sends normally.
    await sendReply(physician, submissionId);
    expect(await outbox()).toHaveLength(1);
  });

  it("never edits a sent reply: a correction is version 2 and both are kept", async () => {
    await saveDraft(physician, submissionId, complete);
    const v1 = await sendReply(physician, submissionId);
    const correction = await saveDraft(physician, submissionId, {
      ...complete,
      benefits: "Corrected benefits",
    });
    expect(correction.id).not.toBe(v1.id);
    expect(correction).toMatchObject({ version: 2, status: "DRAFT" });
    await sendReply(physician, submissionId);
    const rows = await replies(submissionId);
    expect(rows.map((r) => [r.version, r.status, r.benefits])).toEqual([
      [1, "SENT", complete.benefits],
      [2, "SENT", "Corrected benefits"],
    ]);
    expect(await outbox()).toHaveLength(2);
  });

  it("refuses to send without a draft, or an incomplete draft, saying which parts are missing", async () => {
    await expect(sendReply(physician, submissionId)).rejects.toBeInstanceOf(ConflictError);
    await saveDraft(physician, submissionId, { benefits: "Only this" });
    const error = await sendReply(physician, submissionId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields).sort()).toEqual([
      "likelihood",
      "message",
      "timeline",
    ]);
    expect(await statusOf(submissionId)).toBe("NEW");
    expect(await outbox()).toEqual([]);
  });

  it("lets a physician send but not an admin (403) or an anonymous caller (401)", async () => {
    await saveDraft(physician, submissionId, complete);
    const admin = await makeUser("ADMIN");
    const forbidden = await sendReply(admin, submissionId).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect(errorResponse(forbidden).status).toBe(403);
    await expect(saveDraft(admin, submissionId, complete)).rejects.toBeInstanceOf(ForbiddenError);
    const anonymous = await sendReply(null, submissionId).catch((e: unknown) => e);
    expect(anonymous).toBeInstanceOf(UnauthenticatedError);
    expect(errorResponse(anonymous).status).toBe(401);
    expect(await statusOf(submissionId)).toBe("NEW");
    expect((await sendReply(physician, submissionId)).status).toBe("SENT");
  });
});
