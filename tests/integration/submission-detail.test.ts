import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/dal/errors";
import { addNote } from "@/lib/dal/notes";
import { saveDraft, sendReply } from "@/lib/dal/replies";
import { getSubmission } from "@/lib/dal/submission-detail";
import { changeStatus } from "@/lib/dal/submission-status";
import { listTemplates, updateTemplate } from "@/lib/dal/templates";
import { templateKeys } from "@/lib/validations/staff";
import { flagDefinitions } from "@/lib/triage/flags";
import { query } from "../support/db";
import { insertSubmission, makeUser, resetStaffData } from "../support/staff-fixtures";

const reply = {
  likelihood: "LIKELY",
  benefits: "Less pain.",
  timeline: "8–12 weeks.",
  considerations: "",
  message: "Hello.",
} as const;
const opioid = {
  code: "opioid_use" as const,
  reason: "Takes opioids now: naltrexone blocks them.",
};

let physician: Actor;
let admin: Actor;

beforeEach(async () => {
  await resetStaffData();
  physician = await makeUser("PHYSICIAN");
  admin = await makeUser("ADMIN");
});

describe("getSubmission", () => {
  it("returns answers, flags, notes oldest first, sent replies newest first and the draft", async () => {
    const id = await insertSubmission({ primaryCondition: "hashimotos", firstName: "Ana" });
    await addNote(physician, id, "First");
    await addNote(admin, id, "Second");
    for (const benefits of ["v1", "v2"]) {
      await saveDraft(physician, id, { ...reply, benefits });
      await sendReply(physician, id);
    }
    await saveDraft(physician, id, { benefits: "v3 draft" });
    const detail = await getSubmission(physician, id);
    expect(detail.answers.about.firstName).toBe("Ana");
    expect(detail.notes.map((n) => [n.body, n.author.name])).toEqual([
      ["First", physician.name],
      ["Second", admin.name],
    ]);
    expect(detail.replies.map((r) => [r.version, r.benefits])).toEqual([
      [2, "v2"],
      [1, "v1"],
    ]);
    expect(detail.draft).toMatchObject({ version: 3, status: "DRAFT", benefits: "v3 draft" });
    expect(detail.status).toBe("REPLIED");
    expect(detail.suggestedTemplate?.key).toBe("hashimotos");
  });

  it("suggests 'not a candidate now' with the patient's sentences first, never the staff reasons, when opioids are used", async () => {
    const id = await insertSubmission({
      primaryCondition: "crohns",
      flags: [opioid],
      priority: 90,
    });
    const detail = await getSubmission(physician, id);
    expect(detail.flags).toEqual([opioid]);
    expect(detail.suggestedTemplate).toMatchObject({ key: "crohns", likelihood: "NOT_NOW" });
    const draft = detail.suggestedTemplate!;
    expect(draft.considerations.startsWith(`• ${flagDefinitions.opioid_use.patient}`)).toBe(true);
    expect(draft.considerations).not.toContain(opioid.reason);
    // "Not a candidate now" offers no visit and no "go ahead".
    expect(draft.message).not.toMatch(/go ahead|book/i);
  });

  it("falls back to the default template for a condition without one", async () => {
    const id = await insertSubmission({ primaryCondition: "something_new" });
    expect((await getSubmission(physician, id)).suggestedTemplate?.key).toBe("default");
  });

  it("answers not found for unknown and malformed ids", async () => {
    await expect(
      getSubmission(physician, "00000000-0000-4000-8000-000000000000"),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSubmission(physician, "../etc/passwd")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("changeStatus", () => {
  it("follows the transition table and refuses moves it does not allow", async () => {
    const id = await insertSubmission();
    expect(await changeStatus(admin, id, "IN_REVIEW")).toEqual({ id, status: "IN_REVIEW" });
    await expect(changeStatus(physician, id, "REPLIED")).rejects.toBeInstanceOf(ConflictError);
    expect(await changeStatus(physician, id, "IN_REVIEW")).toEqual({ id, status: "IN_REVIEW" });
    expect(await changeStatus(physician, id, "ARCHIVED")).toEqual({ id, status: "ARCHIVED" });
    await expect(changeStatus(physician, id, "BOGUS" as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(changeStatus(physician, "nope", "NEW")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("notes", () => {
  it("stores the note with its author and refuses an empty one", async () => {
    const id = await insertSubmission();
    const note = await addNote(physician, id, "  Needs liver tests  ");
    expect(note).toMatchObject({
      body: "Needs liver tests",
      author: { id: physician.id, name: physician.name },
    });
    await expect(addNote(physician, id, "   ")).rejects.toBeInstanceOf(ValidationError);
    await expect(
      addNote(physician, "00000000-0000-4000-8000-000000000000", "x"),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("templates", () => {
  it("has one default per condition plus 'default' from the migration, and reading writes nothing", async () => {
    const templates = await listTemplates(physician);
    expect(templates.map((t) => t.key)).toEqual([...templateKeys]);
    await query("DELETE FROM reply_template WHERE key = 'crps'");
    expect((await listTemplates(admin)).map((t) => t.key)).not.toContain("crps");
    const [{ n }] = (await query<{ n: number }>(
      "SELECT count(*)::int AS n FROM reply_template",
    )) as [{ n: number }];
    expect(n).toBe(templateKeys.length - 1);
    for (const t of templates) {
      expect(t.timeline).toMatch(/8–12 weeks/);
      expect(`${t.benefits} ${t.message}`.toLowerCase()).not.toMatch(/will prescribe|guarantee/);
      expect(t.message).toMatch(/not a\s+prescription/);
    }
  });

  it("lets physicians edit a template, keeps the edit, and refuses admins and unknown keys", async () => {
    const edited = await updateTemplate(physician, "multiple_sclerosis", { title: "MS", ...reply });
    expect(edited).toMatchObject({ key: "multiple_sclerosis", title: "MS", likelihood: "LIKELY" });
    const templates = await listTemplates(physician);
    expect(templates.find((t) => t.key === "multiple_sclerosis")?.title).toBe("MS");
    await expect(
      updateTemplate(admin, "multiple_sclerosis", { title: "x", ...reply }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateTemplate(physician, "flu", { title: "x", ...reply })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(updateTemplate(physician, "crps", { title: "", ...reply })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
