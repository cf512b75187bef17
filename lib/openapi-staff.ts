import * as z from "zod";
import {
  author,
  body,
  error,
  exampleId as id,
  idParam,
  jsonSchema,
  ok,
  queryParams,
  queueItem,
  r400,
  r401,
  r403,
  r404,
  replyDto,
  replyExample,
  security,
  writeGuard,
} from "@/lib/openapi-staff-parts";
import {
  auditQuerySchema,
  noteSchema,
  queueQuerySchema,
  replyInputSchema,
  statusChangeSchema,
} from "@/lib/validations/staff";

// The staff API in OpenAPI terms. Query parameters and request bodies come from the zod schemas
// the routes parse with; each body carries an example that those schemas accept (tested).

export const staffPaths = {
  "/api/submissions": {
    get: {
      operationId: "listSubmissions",
      summary: "The triage queue: one status tab, ordered by priority then oldest, with tab counts",
      security,
      parameters: queryParams(queueQuerySchema, {
        status: "Status tab (default NEW).",
        q: "Partial, case-insensitive search in name, email and reference.",
        flag: "Only submissions with this safety flag.",
        condition: "Only this primary condition.",
        from: "Created on or after this day (UTC).",
        to: "Created on or before this day (UTC).",
        cursor: "`nextCursor` of the previous page.",
        limit: "Page size, 1–100 (default 25).",
      }),
      responses: {
        "200": ok("A page of the queue.", "QueuePage", {
          items: [queueItem],
          nextCursor: null,
          counts: { NEW: 1, IN_REVIEW: 0, REPLIED: 0, ARCHIVED: 0 },
          cappedCounts: [],
        }),
        "400": r400({ cursor: "The cursor is not valid; start again from the first page" }),
        "401": r401,
      },
    },
  },
  "/api/submissions/{id}": {
    get: {
      operationId: "getSubmission",
      summary:
        "One submission: answers, flags with reasons, notes, sent replies, draft, suggested template (audited)",
      security,
      parameters: [idParam],
      responses: {
        "200": {
          description: "The submission.",
          content: { "application/json": { schema: { type: "object" } } },
        },
        "401": r401,
        "404": r404,
      },
    },
    patch: {
      operationId: "changeSubmissionStatus",
      summary: "Move a submission to another tab (REPLIED is reached only by sending a reply)",
      security,
      parameters: [idParam],
      requestBody: body("StatusChange", { status: "IN_REVIEW" }),
      responses: {
        "200": {
          description: "The new status.",
          content: { "application/json": { example: { id, status: "IN_REVIEW" } } },
        },
        "400": r400({ status: "Choose NEW, IN_REVIEW, REPLIED or ARCHIVED" }),
        "401": r401,
        ...writeGuard,
        "404": r404,
        "409": error(
          "The move is not allowed from the current status, or someone else changed it.",
          "conflict",
          "A submission cannot move from REPLIED to NEW.",
        ),
      },
    },
  },
  "/api/submissions/{id}/notes": {
    post: {
      operationId: "addNote",
      summary: "Add an internal note (never shown to the patient)",
      security,
      parameters: [idParam],
      requestBody: body("NoteInput", { body: "Asked the patient to send recent liver tests." }),
      responses: {
        "201": {
          description: "The note.",
          content: {
            "application/json": {
              example: {
                id: "0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a7b",
                body: "Asked the patient to send recent liver tests.",
                createdAt: "2026-11-26T15:04:05.000Z",
                author,
              },
            },
          },
        },
        "400": r400({ body: "Write a note" }),
        "401": r401,
        ...writeGuard,
        "404": r404,
      },
    },
  },
  "/api/submissions/{id}/reply": {
    put: {
      operationId: "saveReplyDraft",
      summary: "Save the reply draft (creates it, or updates the one draft; physicians only)",
      security,
      parameters: [idParam],
      requestBody: body("ReplyInput", replyExample),
      responses: {
        "200": ok("The saved draft.", "Reply", replyDto("DRAFT")),
        "400": r400({ message: "Message must be at most 10000 characters" }),
        "401": r401,
        ...writeGuard,
        "404": r404,
        "409": error(
          "The submission is archived.",
          "conflict",
          "The submission is archived; move it back to review first.",
        ),
      },
    },
  },
  "/api/submissions/{id}/reply/send": {
    post: {
      operationId: "sendReply",
      summary:
        "Send the draft: it becomes immutable, the submission is REPLIED and the patient email is queued",
      security,
      parameters: [idParam],
      requestBody: {
        required: false,
        description:
          "No body is needed (send `{}` or nothing), but the request must say " +
          "`Content-Type: application/json`, like every staff write.",
        content: { "application/json": { schema: { type: "object" }, example: {} } },
      },
      responses: {
        "200": ok("The sent reply.", "Reply", replyDto("SENT")),
        "400": r400({
          likelihood: "Choose how likely LDN is to help",
          timeline: "Describe the expected timeline",
        }),
        "401": r401,
        ...writeGuard,
        "404": r404,
        "409": error(
          "There is no draft to send, or the submission is archived.",
          "conflict",
          "There is no draft reply to send.",
        ),
      },
    },
  },
  "/api/audit": {
    get: {
      operationId: "listAuditEvents",
      summary: "The audit log, newest first (admins only; viewing it is audited)",
      security,
      parameters: queryParams(auditQuerySchema, {
        action: "Only this action, e.g. submission.view.",
        actorId: "Only events by this staff member.",
        subjectId: "Only events about this subject (e.g. a submission id).",
        from: "On or after this day (UTC).",
        to: "On or before this day (UTC).",
        cursor: "`nextCursor` of the previous page.",
        limit: "Page size, 1–200 (default 50).",
      }),
      responses: {
        "200": {
          description: "A page of events.",
          content: {
            "application/json": {
              example: {
                items: [
                  {
                    id: "42",
                    at: "2026-11-26T15:04:05.000Z",
                    actorId: author.id,
                    actorEmail: "maya@clinic.example",
                    action: "submission.view",
                    subjectType: "submission",
                    subjectId: id,
                    ip: null,
                    details: null,
                  },
                ],
                nextCursor: null,
              },
            },
          },
        },
        "400": r400({ actorId: "actorId must be a UUID" }),
        "401": r401,
        "403": r403,
      },
    },
  },
};

const queuePage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      primaryCondition: z.string(),
      flags: z.array(z.string()),
      priority: z.number().int(),
      status: z.string(),
      createdAt: z.string(),
      overdue: z.boolean(),
    }),
  ),
  nextCursor: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()),
  /** With a filter or search, a tab's count stops at 1,000; these tabs have more ("1,000+"). */
  cappedCounts: z.array(z.string()),
});

export const staffSchemas = {
  StatusChange: jsonSchema(statusChangeSchema),
  NoteInput: jsonSchema(noteSchema),
  ReplyInput: jsonSchema(replyInputSchema),
  QueuePage: jsonSchema(queuePage),
  Reply: { type: "object", description: "A reply version (DRAFT or SENT) with its author." },
};

export const staffSecuritySchemes = {
  staffSession: {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description:
      "Session cookie set by signing in at /login (`__Secure-authjs.session-token` over HTTPS).",
  },
};
