import type * as z from "zod";
import type { Actor } from "@/lib/authorization";

// The shape of a staff operation: everything the route handler, the server action and the OpenAPI
// document need to know about it, declared once in lib/staff-api/operations.ts.

export type StaffOperation = {
  operationId: string;
  method: "get" | "post" | "put" | "patch";
  /** The OpenAPI path; `{id}` is the route's [id] segment. */
  path: string;
  summary: string;
  /** Who may call it (lib/authorization.ts), checked before the input is read; the data layer
   *  checks again itself. */
  policy: (actor: Actor) => boolean;
  /** The input and the schema the data layer parses it with (once, there). */
  input?:
    | { in: "query"; schema: z.ZodType; descriptions: Record<string, string> }
    | { in: "body"; schema: z.ZodType; example: unknown };
  /** No body is read, but like every staff write it must be sent as JSON (`{}` or nothing). */
  emptyBody?: true;
  output: { status: 200 | 201; schema: z.ZodType; description: string; example: unknown };
  /** Documented failures besides 401 (and the write guard's 403/415): status → example. */
  errors: { 400?: Record<string, string>; 403?: true; 404?: true; 409?: [string, string] };
  /** Runs the data-layer function with the raw input (a query-string record or the JSON body). */
  run: (actor: Actor, input: unknown, id: string) => Promise<unknown>;
};

/** Keeps the operation's own types (what its `run` returns) while checking its shape. */
export const defineOperation = <O extends StaffOperation>(operation: O): O => operation;
