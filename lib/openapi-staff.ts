import * as z from "zod";
import { staffOperations } from "@/lib/staff-api/operations";
import type { StaffOperation } from "@/lib/staff-api/operation";
import { exampleId } from "@/lib/staff-api/examples";
import { STAFF_BODY_BYTES } from "@/lib/validations/staff";

// The staff API in OpenAPI terms, generated from the operations (lib/staff-api/operations.ts):
// query parameters and request bodies from the zod schemas the data layer parses with, responses
// from the DTO schemas of lib/contracts/staff.ts; each body carries an example those schemas
// accept (tested).

type JsonSchema = { properties?: Record<string, object> };
const jsonSchema = (s: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(s, { io, unrepresentable: "any" }) as JsonSchema;

const json = (schema: object, example: unknown) => ({
  "application/json": { schema, ...(example !== undefined && { example }) },
});
const error = (description: string, code: string, message: string, fields?: object) => ({
  description,
  content: json(
    { $ref: "#/components/schemas/Error" },
    { error: code, message, ...(fields && { fields }) },
  ),
});

const idParam = {
  name: "id",
  in: "path",
  required: true,
  description: "Submission id (UUID). Anything else is 404.",
  schema: { type: "string", format: "uuid" },
  example: exampleId,
};

function parameters(op: StaffOperation) {
  const params = op.path.includes("{id}") ? [idParam] : [];
  if (op.input?.in !== "query") return params;
  const { descriptions } = op.input;
  const { properties = {} } = jsonSchema(op.input.schema, "input");
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    description: descriptions[name],
    schema,
  }));
}

function requestBody(op: StaffOperation) {
  if (op.emptyBody)
    return {
      required: false,
      description:
        "No body is needed (send `{}` or nothing), but the request must say " +
        "`Content-Type: application/json`, like every staff write.",
      content: json(jsonSchema(z.object({}), "input"), {}),
    };
  if (op.input?.in !== "body") return undefined;
  return {
    required: true,
    description: `JSON, at most ${STAFF_BODY_BYTES / 1024} KB.`,
    content: json(jsonSchema(op.input.schema, "input"), op.input.example),
  };
}

function responses(op: StaffOperation) {
  const { status, schema, description, example } = op.output;
  const write = op.method !== "get";
  return {
    [status]: { description, content: json(jsonSchema(schema, "output"), example) },
    ...(op.errors[400] && {
      "400": error(
        "Invalid parameters or body; `fields` maps each field to a message.",
        "validation",
        "Some fields need attention.",
        op.errors[400],
      ),
    }),
    "401": error(
      "No valid staff session. Nothing about the resource is revealed.",
      "unauthenticated",
      "Sign in to continue.",
    ),
    ...(write && {
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
    }),
    ...(op.errors[403] &&
      !write && {
        "403": error(
          "Signed in, but the role may not do this.",
          "forbidden",
          "You do not have permission to do this.",
        ),
      }),
    ...(op.errors[404] && {
      "404": error("No submission with this id.", "not_found", "Not found."),
    }),
    ...(op.errors[409] && { "409": error(op.errors[409][0], "conflict", op.errors[409][1]) }),
  };
}

export const staffPaths: Record<string, Record<string, object>> = {};
for (const op of staffOperations) {
  staffPaths[op.path] ??= {};
  staffPaths[op.path]![op.method] = {
    operationId: op.operationId,
    summary: op.summary,
    security: [{ staffSession: [] }],
    parameters: parameters(op),
    ...(requestBody(op) && { requestBody: requestBody(op) }),
    responses: responses(op),
  };
}

export const staffSecuritySchemes = {
  staffSession: {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description:
      "Session cookie set by signing in at /login (`__Secure-authjs.session-token` over HTTPS).",
  },
};
