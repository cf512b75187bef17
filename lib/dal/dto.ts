import "server-only";
import type * as z from "zod";
import { noteDto, replyDto, templateDto } from "@/lib/contracts/staff";

// What the data layer hands out: plain, serializable objects (dates as ISO strings) built from
// explicit `select`s, so a new column never reaches a page or an API response by accident. Each
// select is derived from the DTO's schema in lib/contracts/staff.ts, and one mapper serializes.

export type {
  AuditEventDto,
  NoteDto,
  Person,
  QueueItem,
  ReplyDto,
  SubmissionDetail,
  TemplateDto,
} from "@/lib/contracts/staff";

type Select<S extends z.ZodObject> = {
  [K in keyof S["shape"]]: S["shape"][K] extends z.ZodObject
    ? { select: Select<S["shape"][K]> }
    : true;
};

/** A Prisma `select` naming every field of a DTO schema (nested objects are relations). */
function selectOf<S extends z.ZodObject>(schema: S): Select<S> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      (field as z.ZodType).def.type === "object"
        ? { select: selectOf(field as z.ZodObject) }
        : true,
    ]),
  ) as Select<S>;
}

/** A selected row as its DTO: dates become ISO strings, nested relations too. */
export function toDto<S extends z.ZodObject>(_schema: S, row: object): z.infer<S> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] =
      value instanceof Date
        ? value.toISOString()
        : value && typeof value === "object" && !Array.isArray(value)
          ? toDto(_schema, value)
          : value;
  return out as z.infer<S>;
}

export const noteSelect = selectOf(noteDto);
export const replySelect = selectOf(replyDto);
export const templateSelect = selectOf(templateDto);

export const toNoteDto = (row: object) => toDto(noteDto, row);
export const toReplyDto = (row: object) => toDto(replyDto, row);
export const toTemplateDto = (row: object) => toDto(templateDto, row);
