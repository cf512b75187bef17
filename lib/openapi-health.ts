// The load balancer's probes in the OpenAPI document (lib/openapi.ts). Neither needs a session and
// neither says anything about patients.

const checks = {
  type: "object",
  properties: {
    database: { type: "boolean" },
    migrations: { type: "boolean" },
    accepting: { type: "boolean", description: "false once the instance is shutting down" },
  },
  required: ["database", "migrations", "accepting"],
};

export const healthPaths = {
  "/api/health/live": {
    get: {
      operationId: "getLiveness",
      summary: "The process runs and answers HTTP",
      responses: {
        "200": {
          description: "Live.",
          content: { "application/json": { example: { status: "live" } } },
        },
      },
    },
  },
  "/api/health/ready": {
    get: {
      operationId: "getReadiness",
      summary: "Ready for traffic: Postgres answers, migrations applied, not shutting down",
      responses: {
        "200": {
          description: "Ready.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { status: { const: "ready" }, checks },
                required: ["status", "checks"],
              },
              example: {
                status: "ready",
                checks: { database: true, migrations: true, accepting: true },
              },
            },
          },
        },
        "503": {
          description: "Not ready; `Retry-After` says when to ask again.",
          headers: { "Retry-After": { schema: { type: "integer" } } },
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { status: { const: "unavailable" }, checks },
                required: ["status", "checks"],
              },
              example: {
                status: "unavailable",
                checks: { database: false, migrations: false, accepting: true },
              },
            },
          },
        },
      },
    },
  },
};
