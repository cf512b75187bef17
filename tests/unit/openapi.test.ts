import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";
import { assessmentSchema } from "@/lib/validations/assessment";

type Operation = {
  requestBody?: { content: Record<string, { example?: unknown; schema?: unknown }> };
  responses: Record<string, unknown>;
};

describe("GET /api/openapi.json", () => {
  it("serves an OpenAPI 3.1 document describing every API route", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/assessments", "/api/openapi.json"]);
    expect(doc.components.schemas.Assessment.type).toBe("object");
    expect(doc.components.schemas.Assessment.required).toEqual(
      expect.arrayContaining(["formVersion", "about", "condition", "symptoms", "medications", "goals", "consent"]),
    );
  });

  it("gives every operation with a body an example that the server accepts", async () => {
    const doc = await GET().json();
    const operations = Object.values(doc.paths as Record<string, Record<string, Operation>>).flatMap((p) => Object.values(p));
    const withBody = operations.filter((op) => op.requestBody);
    expect(withBody.length).toBeGreaterThan(0);
    for (const op of withBody) {
      const example = op.requestBody!.content["application/json"]?.example;
      expect(assessmentSchema.safeParse(example).success).toBe(true);
    }
  });

  it("documents the error statuses of POST /api/assessments", async () => {
    const doc = await GET().json();
    expect(Object.keys(doc.paths["/api/assessments"].post.responses).sort()).toEqual(["201", "400", "409", "413", "415"]);
  });
});
