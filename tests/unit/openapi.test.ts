import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { GET } from "@/app/api/openapi.json/route";
import { assessmentSchema } from "@/lib/validations/assessment";
import { noteSchema, replyInputSchema, statusChangeSchema } from "@/lib/validations/staff";

type Operation = {
  operationId: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { example?: unknown; schema?: unknown }> };
  responses: Record<string, unknown>;
};

/** Every app/api route file as its OpenAPI path ("[id]" → "{id}"). */
function routePaths(dir = path.join(process.cwd(), "app/api"), prefix = "/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name === "route.ts") return [prefix];
    if (!entry.isDirectory()) return [];
    return routePaths(
      path.join(dir, entry.name),
      `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`,
    );
  });
}

const operations = async () => {
  const doc = await GET().json();
  return Object.values(doc.paths as Record<string, Record<string, Operation>>).flatMap((p) =>
    Object.values(p),
  );
};

/** The schema each operation's route parses its body with. */
const bodySchemas: Record<string, z.ZodType> = {
  createAssessment: assessmentSchema,
  changeSubmissionStatus: statusChangeSchema,
  addNote: noteSchema,
  saveReplyDraft: replyInputSchema,
  // No body is read; the request only has to be sent as JSON (the CSRF guard).
  sendReply: z.object({}),
};

describe("GET /api/openapi.json", () => {
  it("serves an OpenAPI 3.1 document describing every API route", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    // Auth.js's own sign-in endpoints are machinery for the login page, not part of the JSON API.
    const documented = routePaths().filter((p) => !p.startsWith("/api/auth/"));
    expect(Object.keys(doc.paths).sort()).toEqual(documented.sort());
    expect(doc.components.schemas.Assessment.type).toBe("object");
    expect(doc.components.schemas.Assessment.required).toEqual(
      expect.arrayContaining([
        "formVersion",
        "about",
        "condition",
        "symptoms",
        "medications",
        "goals",
        "consent",
      ]),
    );
  });

  it("gives every operation with a body an example that the server accepts", async () => {
    const withBody = (await operations()).filter((op) => op.requestBody);
    expect(withBody.map((op) => op.operationId).sort()).toEqual(Object.keys(bodySchemas).sort());
    for (const op of withBody) {
      const example = op.requestBody!.content["application/json"]?.example;
      expect(bodySchemas[op.operationId]!.safeParse(example).success, op.operationId).toBe(true);
    }
  });

  it("documents the error statuses of POST /api/assessments", async () => {
    const doc = await GET().json();
    expect(Object.keys(doc.paths["/api/assessments"].post.responses).sort()).toEqual([
      "201",
      "400",
      "409",
      "413",
      "415",
      "429",
    ]);
  });

  it("documents the proof-of-work challenge and the fields a submission carries besides answers", async () => {
    const doc = await GET().json();
    expect(doc.paths["/api/assessments/challenge"].get.responses["200"]).toBeDefined();
    const body = doc.paths["/api/assessments"].post.requestBody.description as string;
    expect(body).toContain("`altcha`");
    expect(body).toContain("`website`");
    expect(
      doc.paths["/api/assessments"].post.responses["429"].headers["Retry-After"],
    ).toBeDefined();
  });

  it("marks every staff operation as needing the session cookie and documents 401", async () => {
    const doc = await GET().json();
    expect(doc.components.securitySchemes.staffSession).toMatchObject({
      type: "apiKey",
      in: "cookie",
    });
    const staff = (await operations()).filter((op) => op.security);
    expect(staff.map((op) => op.operationId).sort()).toEqual([
      "addNote",
      "changeSubmissionStatus",
      "getSubmission",
      "listAuditEvents",
      "listSubmissions",
      "saveReplyDraft",
      "sendReply",
    ]);
    for (const op of staff) {
      expect(op.security).toEqual([{ staffSession: [] }]);
      expect(op.responses, op.operationId).toHaveProperty("401");
    }
    expect(doc.paths["/api/audit"].get.responses).toHaveProperty("403");
    // Every staff write documents the CSRF guard's refusals.
    for (const op of staff.filter((o) => !o.operationId.match(/^(get|list)/))) {
      expect(op.responses, op.operationId).toHaveProperty("403");
      expect(op.responses, op.operationId).toHaveProperty("415");
    }
    expect(doc.paths["/api/submissions/{id}/reply/send"].post.responses).toHaveProperty("409");
  });

  it("describes the queue's query parameters from its schema", async () => {
    const doc = await GET().json();
    const params = doc.paths["/api/submissions"].get.parameters as {
      name: string;
      schema: { enum?: string[] };
    }[];
    expect(params.map((p) => p.name)).toEqual([
      "status",
      "q",
      "flag",
      "condition",
      "from",
      "to",
      "cursor",
      "limit",
    ]);
    expect(params[0]!.schema.enum).toEqual(["NEW", "IN_REVIEW", "REPLIED", "ARCHIVED"]);
  });

  it("gives every staff response a real schema, with the status the route sends", async () => {
    const { staffOperations } = await import("@/lib/staff-api/operations");
    const doc = await GET().json();
    for (const op of staffOperations) {
      const documented = doc.paths[op.path][op.method];
      const schema = documented.responses[op.output.status].content["application/json"].schema;
      expect(Object.keys(schema.properties ?? {}).length, op.operationId).toBeGreaterThan(0);
      if (op.output.example !== undefined)
        expect(op.output.schema.safeParse(op.output.example).success, op.operationId).toBe(true);
    }
  });

  it("names an existing route file for every staff operation", async () => {
    const { staffOperations } = await import("@/lib/staff-api/operations");
    const files = new Set(routePaths());
    for (const op of staffOperations) expect(files.has(op.path), op.path).toBe(true);
  });
});
