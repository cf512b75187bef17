import * as z from "zod";
import { ValidationError } from "@/lib/dal/errors";

// Keyset cursors: the sort key of the last row of a page, as base64url JSON. They are opaque to
// clients but not secret: a tampered cursor can only move the window of a query the actor is
// already allowed to run, so it is validated (→ 400), not signed.

const INVALID = { cursor: "The cursor is not valid; start again from the first page" };

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

/** Decodes and validates a cursor; anything malformed is a ValidationError, never a 500. */
export function decodeCursor<T extends z.ZodType>(raw: string, schema: T): z.infer<T> {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(raw)) throw new ValidationError(INVALID);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw new ValidationError(INVALID);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(INVALID);
  return parsed.data;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Queue order key: [priority, createdAt (ISO, ms precision), id]. */
export const queueCursorSchema = z.tuple([
  z.number().int().min(-1_000_000).max(1_000_000),
  z.iso.datetime().refine((s) => !Number.isNaN(Date.parse(s))),
  z.string().regex(UUID),
]);
export type QueueCursor = z.infer<typeof queueCursorSchema>;

/** Audit order key: the bigint id as a decimal string (ids descend). */
export const auditCursorSchema = z.tuple([
  z
    .string()
    // One check, not regex-then-refine: zod runs every check, and BigInt("1e3") would throw.
    .refine((s) => /^[1-9][0-9]{0,18}$/.test(s) && BigInt(s) <= 9_223_372_036_854_775_807n),
]);

export const isUuid = (value: string): boolean => UUID.test(value);
