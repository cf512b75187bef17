import * as z from "zod";
import { Likelihood, ReplyStatus, Role, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { flagCodes } from "@/lib/triage/flags";
import { assessmentSchema } from "@/lib/validations/assessment";

// What the staff API and the dashboard exchange, declared once: the enums come from the Prisma
// schema, each DTO is a zod schema (the OpenAPI document is generated from them) and its type is
// z.infer'd. No server-only import, so client components may import this module.

export { Likelihood, ReplyStatus, Role, SubmissionStatus };
export const submissionStatuses = Object.values(SubmissionStatus);
export const roles = Object.values(Role);

/** Dates cross the wire as ISO 8601 strings. */
const instant = z.iso.datetime();

export const personDto = z.object({ id: z.uuid(), name: z.string() });
export type Person = z.infer<typeof personDto>;

export const noteDto = z.object({
  id: z.uuid(),
  body: z.string(),
  createdAt: instant,
  author: personDto,
});
export type NoteDto = z.infer<typeof noteDto>;

export const replyDto = z.object({
  id: z.uuid(),
  version: z.int(),
  status: z.enum(ReplyStatus),
  likelihood: z.enum(Likelihood).nullable(),
  benefits: z.string(),
  timeline: z.string(),
  considerations: z.string(),
  message: z.string(),
  templateKey: z.string().nullable(),
  sentAt: instant.nullable(),
  viewedAt: instant.nullable(),
  updatedAt: instant,
  author: personDto,
});
export type ReplyDto = z.infer<typeof replyDto>;

export const templateDto = z.object({
  key: z.string(),
  title: z.string(),
  likelihood: z.enum(Likelihood),
  benefits: z.string(),
  timeline: z.string(),
  considerations: z.string(),
  message: z.string(),
  updatedAt: instant,
});
export type TemplateDto = z.infer<typeof templateDto>;

export const submissionDetailDto = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(SubmissionStatus),
  priority: z.int(),
  createdAt: instant,
  updatedAt: instant,
  answers: assessmentSchema,
  flags: z.array(z.object({ code: z.enum(flagCodes), reason: z.string() })),
  notes: z.array(noteDto),
  /** SENT versions, newest first. */
  replies: z.array(replyDto),
  draft: replyDto.nullable(),
  suggestedTemplate: templateDto.nullable(),
  overdue: z.boolean(),
  /** Present when a crisis flag was raised: who acknowledged it, and when (null until then). */
  crisis: z
    .object({ acknowledgedAt: instant.nullable(), acknowledgedBy: z.string().nullable() })
    .nullable(),
});
export type SubmissionDetail = z.infer<typeof submissionDetailDto>;

export const queueItemDto = z.object({
  id: z.uuid(),
  reference: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  primaryCondition: z.string(),
  flags: z.array(z.enum(flagCodes)),
  priority: z.int(),
  status: z.enum(SubmissionStatus),
  createdAt: instant,
  overdue: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItemDto>;

export const queuePageDto = z.object({
  items: z.array(queueItemDto),
  nextCursor: z.string().nullable(),
  /** Rows per status tab: exact without filters, and with filters while they match ≤ COUNT_CAP. */
  counts: z.record(z.enum(SubmissionStatus), z.int()),
  /** Tabs whose count is a lower bound (shown as "1,000+"). */
  cappedCounts: z.array(z.enum(SubmissionStatus)),
});
export type QueuePage = z.infer<typeof queuePageDto>;

export const statusChangedDto = z.object({ id: z.uuid(), status: z.enum(SubmissionStatus) });

export const auditEventDto = z.object({
  id: z.string(),
  at: instant,
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.unknown(),
});
export type AuditEventDto = z.infer<typeof auditEventDto>;

export const auditPageDto = z.object({
  items: z.array(auditEventDto),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageDto>;
