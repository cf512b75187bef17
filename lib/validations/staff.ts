import * as z from "zod";
import "@/lib/validations/zod-setup";
import { conditions, keysOf } from "@/lib/assessment/options";
import { Likelihood, SubmissionStatus } from "@/lib/contracts/staff";
import { flagCodes } from "@/lib/triage/flags";
import { ValidationError } from "@/lib/dal/errors";
import { fieldErrors } from "@/lib/validations/assessment";
import { optionalText, requiredText } from "@/lib/validations/assessment/common";
import { isSafeText, unsafeTextMessage } from "@/lib/validations/text-safety";

// Staff-side inputs: the queue's query string, status changes, notes, replies, templates and the
// audit filter. The dashboard's forms, the JSON API and the data layer all parse with these.

/** Largest staff request body (a reply at full length is ~40 KB of UTF-8 at worst for most text). */
export const STAFF_BODY_BYTES = 64 * 1024;

/** Template keys: one per condition of the assessment, plus the fallback. */
export const templateKeys = [...keysOf(conditions), "default"] as const;
export type TemplateKey = (typeof templateKeys)[number];

/** Query-string values arrive as strings, and an empty form field as ""; both "" and absent mean "any". */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

/** A free-form query parameter: trimmed, capped, and free of what Postgres cannot compare. */
const queryText = (label: string, max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .refine(isSafeText, {
      error: unsafeTextMessage(label),
    });

const isoDay = z.iso.date({ error: "Use a date like 2026-11-25" });
const cursor = z
  .string()
  .max(512, { error: "The cursor is not valid" })
  .refine(isSafeText, { error: "The cursor is not valid" });
const limit = (max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "limit must be a number" })
      .int({ error: "limit must be a whole number" })
      .min(1, { error: "limit must be at least 1" })
      .max(max, { error: `limit must be at most ${max}` })
      .default(fallback),
  );
const dateRange = <T extends { from?: string; to?: string }>(v: T) =>
  !v.from || !v.to || v.from <= v.to;

export const queueQuerySchema = z
  .object({
    status: z.preprocess(
      blankToUndefined,
      z.enum(SubmissionStatus, { error: "Unknown status" }).default("NEW"),
    ),
    q: optional(queryText("Search", 100, "Search at most 100 characters")),
    flag: optional(z.enum(flagCodes, { error: "Unknown flag" })),
    condition: optional(z.enum(keysOf(conditions), { error: "Unknown condition" })),
    from: optional(isoDay),
    to: optional(isoDay),
    cursor: optional(cursor),
    limit: limit(100, 25),
  })
  .refine(dateRange, { error: "The start date must be on or before the end date", path: ["to"] });
export type QueueQueryInput = z.input<typeof queueQuerySchema>;
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export const statusChangeSchema = z.object({
  status: z.enum(SubmissionStatus, { error: "Choose NEW, IN_REVIEW, REPLIED or ARCHIVED" }),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const noteSchema = z.object({ body: requiredText("Note", 5000, "Write a note") });
export type NoteInput = z.infer<typeof noteSchema>;

const likelihood = z.enum(Likelihood, { error: "Choose how likely LDN is to help" });
const replyText = (label: string, max: number) => optionalText(label, max).default("");

/** A reply as it is being written: every part may still be empty (autosave of a draft). */
export const replyInputSchema = z.object({
  likelihood: likelihood.nullable().default(null),
  benefits: replyText("Expected benefits", 5000),
  timeline: replyText("Expected timeline", 5000),
  considerations: replyText("Special considerations", 5000),
  message: replyText("Message", 10000),
  templateKey: z.enum(templateKeys, { error: "Unknown template" }).nullable().optional(),
});
export type ReplyInput = z.input<typeof replyInputSchema>;
export type ReplyValues = z.infer<typeof replyInputSchema>;

/** What a reply needs before it may be sent; considerations may be empty when there are none. */
export const replyCompleteSchema = replyInputSchema.extend({
  likelihood,
  benefits: requiredText("Expected benefits", 5000, "Describe the expected benefits"),
  timeline: requiredText("Expected timeline", 5000, "Describe the expected timeline"),
  message: requiredText("Message", 10000, "Write a message to the patient"),
});

export const templateInputSchema = z.object({
  title: requiredText("Title", 200),
  likelihood,
  benefits: requiredText("Expected benefits", 5000),
  timeline: requiredText("Expected timeline", 5000),
  considerations: replyText("Special considerations", 5000),
  message: requiredText("Message", 10000),
});
export type TemplateInput = z.input<typeof templateInputSchema>;

export const auditQuerySchema = z
  .object({
    // Free-form on purpose: the action list lives in server-only code, and an unknown action
    // simply matches nothing.
    action: optional(z.string().regex(/^[a-z_.]{1,64}$/, { error: "Unknown action" })),
    actorId: optional(z.guid({ error: "actorId must be a UUID" })),
    subjectId: optional(queryText("subjectId", 64, "subjectId is at most 64 characters")),
    from: optional(isoDay),
    to: optional(isoDay),
    cursor: optional(cursor),
    limit: limit(200, 50),
  })
  .refine(dateRange, { error: "The start date must be on or before the end date", path: ["to"] });
export type AuditQueryInput = z.input<typeof auditQuerySchema>;
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** zod issues → { "body": "Write a note" }: the one error shape, shared with the assessment API. */
export { fieldErrors };

/** Parses or throws the one validation error shape (field path → message). */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return parsed.data;
}

/** URLSearchParams or a Next `searchParams` object → plain record (first value of repeated keys). */
export function searchParamsObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    for (const [key, value] of params) out[key] ??= value;
    return out;
  }
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}
