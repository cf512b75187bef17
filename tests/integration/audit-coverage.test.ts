import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import { listAuditEvents } from "@/lib/dal/audit-log";
import { ForbiddenError, UnauthenticatedError } from "@/lib/dal/errors";
import { addNote } from "@/lib/dal/notes";
import { listSubmissions } from "@/lib/dal/queue";
import { saveDraft, sendReply } from "@/lib/dal/replies";
import { getSubmission } from "@/lib/dal/submission-detail";
import { changeStatus } from "@/lib/dal/submission-status";
import { updateTemplate } from "@/lib/dal/templates";
import { query } from "../support/db";
import { insertSubmission, makeUser, resetStaffData } from "../support/staff-fixtures";

type Event = {
  action: string;
  actor_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  details: unknown;
};
const events = () =>
  query<Event>(
    "SELECT action, actor_id, subject_type, subject_id, details FROM audit_event ORDER BY id",
  );

const reply = {
  likelihood: "LIKELY",
  benefits: "Less pain.",
  timeline: "8–12 weeks.",
  considerations: "",
  message: "Hello.",
} as const;

let physician: Actor;
let admin: Actor;
let id: string;

beforeEach(async () => {
  await resetStaffData();
  physician = await makeUser("PHYSICIAN");
  admin = await makeUser("ADMIN");
  id = await insertSubmission({
    firstName: "Casey",
    lastName: "Quinn",
    email: "casey.quinn@example.com",
  });
});

/** Runs one action and returns the single event it wrote. */
async function only(action: () => Promise<unknown>): Promise<Event> {
  const before = (await events()).length;
  await action();
  const after = await events();
  expect(after.length - before).toBe(1);
  return after.at(-1)!;
}

describe("audit coverage", () => {
  it("records every view of a submission, each time", async () => {
    for (let i = 0; i < 2; i++) {
      expect(await only(() => getSubmission(physician, id))).toMatchObject({
        action: "submission.view",
        actor_id: physician.id,
        subject_type: "submission",
        subject_id: id,
      });
    }
  });

  it("records status changes with from and to", async () => {
    const event = await only(() => changeStatus(physician, id, "IN_REVIEW"));
    expect(event).toMatchObject({
      action: "submission.status_change",
      subject_id: id,
      details: { from: "NEW", to: "IN_REVIEW" },
    });
  });

  it("records notes, draft saves and sends", async () => {
    expect((await only(() => addNote(admin, id, "Called the patient"))).action).toBe("note.create");
    expect((await only(() => saveDraft(physician, id, reply))).action).toBe("reply.draft_save");
    expect((await only(() => sendReply(physician, id))).action).toBe("reply.send");
  });

  it("records template changes and views of the audit log", async () => {
    const template = { title: "Fibromyalgia", ...reply };
    expect(await only(() => updateTemplate(physician, "fibromyalgia", template))).toMatchObject({
      action: "template.update",
      subject_type: "template",
      subject_id: "fibromyalgia",
    });
    expect(await only(() => listAuditEvents(admin, {}))).toMatchObject({
      action: "audit.view",
      actor_id: admin.id,
    });
  });

  it("records queue views without the search text", async () => {
    const event = await only(() => listSubmissions(physician, { q: "casey" }));
    expect(event.action).toBe("submission.list");
    expect(JSON.stringify(event.details)).not.toContain("casey");
  });

  it("keeps patient data out of every event", async () => {
    await getSubmission(physician, id);
    await changeStatus(physician, id, "IN_REVIEW");
    await addNote(physician, id, "Casey Quinn asked about dosing");
    await saveDraft(physician, id, { ...reply, message: "Dear Casey" });
    await sendReply(physician, id);
    const text = JSON.stringify(await events()).toLowerCase();
    for (const phi of ["casey", "quinn", "dosing", "less pain"]) expect(text).not.toContain(phi);
  });

  it("writes nothing when the action is refused", async () => {
    await expect(sendReply(admin, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditEvents(physician, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getSubmission(null, id)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await events()).toEqual([]);
  });
});

describe("the audit table", () => {
  it("rejects UPDATE and DELETE, whoever asks", async () => {
    await getSubmission(physician, id);
    await expect(query("UPDATE audit_event SET action = 'tampered'")).rejects.toThrow(
      /append-only/,
    );
    await expect(query("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
    expect((await events()).map((e) => e.action)).toEqual(["submission.view"]);
  });
});

describe("listAuditEvents", () => {
  it("filters by action and actor and pages newest first without gaps", async () => {
    for (let i = 0; i < 3; i++) await getSubmission(physician, id);
    await addNote(admin, id, "A note");
    const views = await listAuditEvents(admin, { action: "submission.view", limit: 2 });
    expect(views.items.map((e) => e.action)).toEqual(["submission.view", "submission.view"]);
    const rest = await listAuditEvents(admin, {
      action: "submission.view",
      limit: 2,
      cursor: views.nextCursor!,
    });
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    const all = [...views.items, ...rest.items].map((e) => Number(e.id));
    expect(all).toEqual([...all].sort((a, b) => b - a));
    const byAdmin = await listAuditEvents(admin, { actorId: admin.id });
    expect(byAdmin.items.map((e) => e.action)).toContain("note.create");
    expect(byAdmin.items.every((e) => e.actorId === admin.id)).toBe(true);
  });
});
