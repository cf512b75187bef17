import * as z from "zod";
import { REFERENCE_PATTERN } from "@/lib/reference-format";
import { assessmentSchema, MAX_BODY_BYTES } from "@/lib/validations/assessment";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import {
  challengePaths,
  rateLimitedResponse,
  submissionGuardsDescription,
} from "@/lib/openapi-abuse";
import { healthPaths } from "@/lib/openapi-health";
import { staffPaths, staffSecuritySchemes } from "@/lib/openapi-staff";

// The API description is generated from the same zod schemas the routes parse with, so the
// document cannot drift from what the server accepts.

const receiptSchema = z.object({
  reference: z.string().regex(REFERENCE_PATTERN),
  status: z.literal("NEW"),
  createdAt: z.iso.datetime(),
});

const errorSchema = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  requestId: z.string().optional(),
});

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });

function errorResponse(description: string, example: Record<string, unknown>) {
  return {
    description,
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example } },
  };
}

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "LDN Intake API",
      version: "1.0.0",
      description: "Patient intake for low-dose naltrexone (LDN) telemedicine consultations.",
    },
    paths: {
      "/api/assessments": {
        post: {
          operationId: "createAssessment",
          summary: "Store a patient's completed mini-assessment",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description:
                "Makes retries safe: the same key returns the same 201 result and stores one row.",
              schema: { type: "string", minLength: 1, maxLength: 255 },
              example: "5f0b8f4e-2a53-4c1e-9f43-7d3c2f6b9a10",
            },
          ],
          requestBody: {
            required: true,
            description: `JSON, at most ${MAX_BODY_BYTES / 1024} KB. ${submissionGuardsDescription}`,
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Assessment" },
                example: exampleAssessment,
              },
            },
          },
          responses: {
            "201": {
              description: "Stored (or replayed for a repeated Idempotency-Key).",
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Receipt" },
                  example: {
                    reference: "LDN-7KQ4-M2XD",
                    status: "NEW",
                    createdAt: "2026-11-25T18:00:00.000Z",
                  },
                },
              },
            },
            "400": errorResponse(
              "Invalid JSON or answers; `fields` maps each field path to a message.",
              {
                error: "validation",
                message: "Some answers need attention.",
                fields: { "about.email": "Enter a valid email address, like name@example.com" },
              },
            ),
            "409": errorResponse("The Idempotency-Key was used with a different body.", {
              error: "idempotency_conflict",
              message: "This Idempotency-Key was used with a different request.",
            }),
            "429": rateLimitedResponse,
            "413": errorResponse("Body too large.", {
              error: "payload_too_large",
              message: "The request body must be at most 64 KB.",
            }),
            "415": errorResponse("Body is not JSON.", {
              error: "unsupported_media_type",
              message: "Send the body as application/json.",
            }),
          },
        },
      },
      "/api/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: {
            "200": { description: "OpenAPI 3.1 document", content: { "application/json": {} } },
          },
        },
      },
      ...challengePaths,
      ...staffPaths,
      ...healthPaths,
    },
    components: {
      schemas: {
        Assessment: schema(assessmentSchema),
        Receipt: schema(receiptSchema),
        Error: schema(errorSchema),
      },
      securitySchemes: staffSecuritySchemes,
    },
  };
}
