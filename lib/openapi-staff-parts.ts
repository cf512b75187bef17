import * as z from "zod";
import { STAFF_BODY_BYTES } from "@/lib/validations/staff";

// Building blocks of the staff API's OpenAPI entries: shared parameters, error responses and
// example payloads (synthetic people, not real patients).

export const exampleId = "3f0c1d7e-8a4b-4c2d-9e1f-5a6b7c8d9e0f";
export const author = { id: "9b2f6c1e-3d4a-4b5c-8d7e-6f5a4b3c2d1e", name: "Dr. Maya Patel, MD" };
export const replyExample = {
  likelihood: "POSSIBLY",
  benefits: "Small trials found less pain and better sleep for some people with fibromyalgia.",
  timeline: "People who benefit usually notice a change within 8–12 weeks.",
  considerations: "Naltrexone blocks opioid pain medicines: you cannot take both.",
  message:
    "Thank you for your answers. This reply is my opinion on whether a consultation is worthwhile; it is not a prescription.",
  templateKey: "fibromyalgia",
};
export const replyDto = (status: "DRAFT" | "SENT") => ({
  id: "5d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a",
  version: 1,
  status,
  ...replyExample,
  sentAt: status === "SENT" ? "2026-11-26T15:04:05.000Z" : null,
  viewedAt: null,
  updatedAt: "2026-11-26T15:04:05.000Z",
  author,
});
export const queueItem = {
  id: exampleId,
  reference: "LDN-7KQ4-M2XD",
  firstName: "Jordan",
  lastName: "Rivera",
  email: "jordan.rivera@example.com",
  primaryCondition: "fibromyalgia",
  flags: ["thyroid_medication"],
  priority: 20,
  status: "NEW",
  createdAt: "2026-11-25T18:00:00.000Z",
  overdue: false,
};

export type JsonSchema = { properties?: Record<string, object>; required?: string[] };
export const jsonSchema = (s: z.ZodType) =>
  z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as JsonSchema;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const security = [{ staffSession: [] }];
export const idParam = {
  name: "id",
  in: "path",
  required: true,
  description: "Submission id (UUID). Anything else is 404.",
  schema: { type: "string", format: "uuid" },
  example: exampleId,
};

/** Query parameters, one per property of a zod query schema. */
export function queryParams(schema: z.ZodType, descriptions: Record<string, string>) {
  const { properties = {} } = jsonSchema(schema);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: "query",
    required: false,
    description: descriptions[name],
    schema: s,
  }));
}

export const error = (
  description: string,
  code: string,
  message: string,
  fields?: Record<string, string>,
) => ({
  description,
  content: {
    "application/json": {
      schema: ref("Error"),
      example: { error: code, message, ...(fields && { fields }) },
    },
  },
});
export const r400 = (fields: Record<string, string>) =>
  error(
    "Invalid parameters or body; `fields` maps each field to a message.",
    "validation",
    "Some fields need attention.",
    fields,
  );
export const r401 = error(
  "No valid staff session. Nothing about the resource is revealed.",
  "unauthenticated",
  "Sign in to continue.",
);
export const r403 = error(
  "Signed in, but the role may not do this.",
  "forbidden",
  "You do not have permission to do this.",
);
/** The CSRF guard of every staff write (lib/http/staff-write.ts), checked before the session. */
export const writeGuard = {
  "403": error(
    "Sent by a browser from another origin (`Origin` not the app's own, or `Sec-Fetch-Site` " +
      "cross-site or same-site): refused before anything is done. Routes limited to a role " +
      "also answer 403 `forbidden` to other roles.",
    "cross_origin",
    "Requests from other sites cannot change anything here.",
  ),
  "415": error(
    "The request does not say `Content-Type: application/json`.",
    "unsupported_media_type",
    "Send the body as application/json.",
  ),
};
export const r404 = error("No submission with this id.", "not_found", "Not found.");
export const ok = (description: string, schema: string, example: unknown) => ({
  description,
  content: { "application/json": { schema: ref(schema), example } },
});
export const body = (schema: string, example: unknown) => ({
  required: true,
  description: `JSON, at most ${STAFF_BODY_BYTES / 1024} KB.`,
  content: { "application/json": { schema: ref(schema), example } },
});
