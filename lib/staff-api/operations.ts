import "server-only";
import { canAddNote, canViewAudit, canViewSubmissions, canWriteReply } from "@/lib/authorization";
import {
  auditPageDto,
  noteDto,
  queuePageDto,
  replyDto,
  statusChangedDto,
  submissionDetailDto,
} from "@/lib/contracts/staff";
import { listAuditEvents } from "@/lib/dal/audit-log";
import { addNote } from "@/lib/dal/notes";
import { listSubmissions } from "@/lib/dal/queue";
import { saveDraft, sendReply } from "@/lib/dal/replies";
import { getSubmission as readSubmission } from "@/lib/dal/submission-detail";
import { changeStatus } from "@/lib/dal/submission-status";
import * as ex from "@/lib/staff-api/examples";
import { defineOperation } from "@/lib/staff-api/operation";
import {
  auditQuerySchema,
  noteSchema,
  queueQuerySchema,
  replyInputSchema,
  statusChangeSchema,
  type AuditQueryInput,
  type QueueQueryInput,
  type ReplyInput,
} from "@/lib/validations/staff";

// Every staff operation, declared once: its input and output schemas, its policy and the
// data-layer function it runs. lib/http/staff-route.ts makes each one a route handler,
// lib/staff-api/perform.ts runs it for a server action, and lib/openapi-staff.ts documents it.
// The data layer parses the input and checks the actor again itself.

/** A field of a JSON body that is known to be an object (the route checks it is). */
const field = (body: unknown, name: string) => (body as Record<string, unknown>)[name];

export const listQueue = defineOperation({
  operationId: "listSubmissions",
  method: "get",
  path: "/api/submissions",
  summary: "The triage queue: one status tab, ordered by priority then oldest, with tab counts",
  policy: canViewSubmissions,
  input: {
    in: "query",
    schema: queueQuerySchema,
    descriptions: {
      status: "Status tab (default NEW).",
      q: "Partial, case-insensitive search in name, email and reference.",
      flag: "Only submissions with this safety flag.",
      condition: "Only this primary condition.",
      from: "Created on or after this day (UTC).",
      to: "Created on or before this day (UTC).",
      cursor: "`nextCursor` of the previous page.",
      limit: "Page size, 1–100 (default 25).",
    },
  },
  output: {
    status: 200,
    schema: queuePageDto,
    description: "A page of the queue.",
    example: ex.queuePage,
  },
  errors: { 400: { cursor: "The cursor is not valid; start again from the first page" } },
  run: (actor, query) => listSubmissions(actor, query as QueueQueryInput),
});

export const getSubmission = defineOperation({
  operationId: "getSubmission",
  method: "get",
  path: "/api/submissions/{id}",
  summary:
    "One submission: answers, flags with reasons, notes, sent replies, draft, suggested template (audited)",
  policy: canViewSubmissions,
  output: {
    status: 200,
    schema: submissionDetailDto,
    description: "The submission.",
    example: undefined,
  },
  errors: { 404: true },
  run: (actor, _input, id) => readSubmission(actor, id),
});

export const changeSubmissionStatus = defineOperation({
  operationId: "changeSubmissionStatus",
  method: "patch",
  path: "/api/submissions/{id}",
  summary: "Move a submission to another tab (REPLIED is reached only by sending a reply)",
  policy: canViewSubmissions,
  input: { in: "body", schema: statusChangeSchema, example: { status: "IN_REVIEW" } },
  output: {
    status: 200,
    schema: statusChangedDto,
    description: "The new status.",
    example: { id: ex.exampleId, status: "IN_REVIEW" },
  },
  errors: {
    400: { status: "Choose NEW, IN_REVIEW, REPLIED or ARCHIVED" },
    404: true,
    409: [
      "The move is not allowed from the current status, or someone else changed it.",
      "A submission cannot move from REPLIED to NEW.",
    ],
  },
  run: (actor, body, id) => changeStatus(actor, id, field(body, "status") as never),
});

export const addSubmissionNote = defineOperation({
  operationId: "addNote",
  method: "post",
  path: "/api/submissions/{id}/notes",
  summary: "Add an internal note (never shown to the patient)",
  policy: canAddNote,
  input: { in: "body", schema: noteSchema, example: { body: ex.noteExample.body } },
  output: { status: 201, schema: noteDto, description: "The note.", example: ex.noteExample },
  errors: { 400: { body: "Write a note" }, 404: true },
  run: (actor, body, id) => addNote(actor, id, field(body, "body") as string),
});

export const saveReplyDraft = defineOperation({
  operationId: "saveReplyDraft",
  method: "put",
  path: "/api/submissions/{id}/reply",
  summary: "Save the reply draft (creates it, or updates the one draft; physicians only)",
  policy: canWriteReply,
  input: { in: "body", schema: replyInputSchema, example: ex.replyExample },
  output: {
    status: 200,
    schema: replyDto,
    description: "The saved draft.",
    example: ex.replyDto("DRAFT"),
  },
  errors: {
    400: { message: "Message must be at most 10000 characters" },
    404: true,
    409: [
      "The submission is archived.",
      "The submission is archived; move it back to review first.",
    ],
  },
  run: (actor, body, id) => saveDraft(actor, id, body as ReplyInput),
});

export const sendSubmissionReply = defineOperation({
  operationId: "sendReply",
  method: "post",
  path: "/api/submissions/{id}/reply/send",
  summary:
    "Send the draft: it becomes immutable, the submission is REPLIED and the patient email is queued",
  policy: canWriteReply,
  emptyBody: true,
  output: {
    status: 200,
    schema: replyDto,
    description: "The sent reply.",
    example: ex.replyDto("SENT"),
  },
  errors: {
    400: {
      likelihood: "Choose how likely LDN is to help",
      timeline: "Describe the expected timeline",
    },
    404: true,
    409: [
      "There is no draft to send, or the submission is archived.",
      "There is no draft reply to send.",
    ],
  },
  run: (actor, _input, id) => sendReply(actor, id),
});

export const listAudit = defineOperation({
  operationId: "listAuditEvents",
  method: "get",
  path: "/api/audit",
  summary: "The audit log, newest first (admins only; viewing it is audited)",
  policy: canViewAudit,
  input: {
    in: "query",
    schema: auditQuerySchema,
    descriptions: {
      action: "Only this action, e.g. submission.view.",
      actorId: "Only events by this staff member.",
      subjectId: "Only events about this subject (e.g. a submission id).",
      from: "On or after this day (UTC).",
      to: "On or before this day (UTC).",
      cursor: "`nextCursor` of the previous page.",
      limit: "Page size, 1–200 (default 50).",
    },
  },
  output: {
    status: 200,
    schema: auditPageDto,
    description: "A page of events.",
    example: ex.auditPage,
  },
  errors: { 400: { actorId: "actorId must be a UUID" }, 403: true },
  run: (actor, query) => listAuditEvents(actor, query as AuditQueryInput),
});

/** In the order the OpenAPI document lists them. */
export const staffOperations = [
  listQueue,
  getSubmission,
  changeSubmissionStatus,
  addSubmissionNote,
  saveReplyDraft,
  sendSubmissionReply,
  listAudit,
];
