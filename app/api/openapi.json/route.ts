import { openApiDocument } from "@/lib/openapi";

export const dynamic = "force-static";

// GET /api/openapi.json — the API described as OpenAPI 3.1, generated from the zod schemas
export function GET(): Response {
  return Response.json(openApiDocument());
}
