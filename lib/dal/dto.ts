import "server-only";
import type { SubmissionStatus } from "@/lib/authorization";
import type { FlagCode } from "@/lib/triage/flags";
import type { Assessment } from "@/lib/validations/assessment";

// What the data layer hands out: plain, serializable objects (dates as ISO strings) built from
// explicit `select`s, so a new column never reaches a page or an API response by accident.

export type Likelihood = "LIKELY" | "POSSIBLY" | "UNLIKELY" | "NOT_NOW";
export type Person = { id: string; name: string };

export type QueueItem = {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  primaryCondition: string;
  flags: FlagCode[];
  priority: number;
  status: SubmissionStatus;
  createdAt: string;
  overdue: boolean;
};

export type NoteDto = { id: string; body: string; createdAt: string; author: Person };

export type ReplyDto = {
  id: string;
  version: number;
  status: "DRAFT" | "SENT";
  likelihood: Likelihood | null;
  benefits: string;
  timeline: string;
  considerations: string;
  message: string;
  templateKey: string | null;
  sentAt: string | null;
  viewedAt: string | null;
  updatedAt: string;
  author: Person;
};

export type TemplateDto = {
  key: string;
  title: string;
  likelihood: Likelihood;
  benefits: string;
  timeline: string;
  considerations: string;
  message: string;
  updatedAt: string;
};

export type SubmissionDetail = {
  id: string;
  reference: string;
  status: SubmissionStatus;
  priority: number;
  createdAt: string;
  updatedAt: string;
  answers: Assessment;
  flags: { code: FlagCode; reason: string }[];
  notes: NoteDto[];
  /** SENT versions, newest first. */
  replies: ReplyDto[];
  draft: ReplyDto | null;
  suggestedTemplate: TemplateDto | null;
  overdue: boolean;
  /** Present when a crisis flag was raised: who acknowledged it, and when (null until then). */
  crisis: { acknowledgedAt: string | null; acknowledgedBy: string | null } | null;
};

export type AuditEventDto = {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  details: unknown;
};

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const personSelect = { select: { id: true, name: true } } as const;

export const noteSelect = { id: true, body: true, createdAt: true, author: personSelect } as const;
type NoteRow = { id: string; body: string; createdAt: Date; author: Person };
export const toNoteDto = (n: NoteRow): NoteDto => ({ ...n, createdAt: n.createdAt.toISOString() });

export const replySelect = {
  id: true,
  version: true,
  status: true,
  likelihood: true,
  benefits: true,
  timeline: true,
  considerations: true,
  message: true,
  templateKey: true,
  sentAt: true,
  viewedAt: true,
  updatedAt: true,
  author: personSelect,
} as const;
type ReplyRow = Omit<ReplyDto, "sentAt" | "viewedAt" | "updatedAt"> & {
  sentAt: Date | null;
  viewedAt: Date | null;
  updatedAt: Date;
};
export const toReplyDto = (r: ReplyRow): ReplyDto => ({
  ...r,
  sentAt: iso(r.sentAt),
  viewedAt: iso(r.viewedAt),
  updatedAt: r.updatedAt.toISOString(),
});

export const templateSelect = {
  key: true,
  title: true,
  likelihood: true,
  benefits: true,
  timeline: true,
  considerations: true,
  message: true,
  updatedAt: true,
} as const;
type TemplateRow = Omit<TemplateDto, "updatedAt"> & { updatedAt: Date };
export const toTemplateDto = (t: TemplateRow): TemplateDto => ({
  ...t,
  updatedAt: t.updatedAt.toISOString(),
});
