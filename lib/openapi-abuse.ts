// The public form's abuse defences in the OpenAPI document (lib/openapi.ts): the proof-of-work
// challenge route and what a submission must carry besides the answers.

export const submissionGuardsDescription =
  "Besides the answers, the body may carry two fields that are never stored: `altcha`, the " +
  "base64 ALTCHA payload solving a challenge from `GET /api/assessments/challenge` (required " +
  "while the server runs with PUBLIC_FORM_PROOF_OF_WORK=on, each challenge accepted once), and " +
  "`website`, a honeypot that must be absent or empty.";

export const rateLimitedResponse = {
  description:
    "More accepted assessments from this client address in the last hour than " +
    "ASSESSMENT_RATE_LIMIT_PER_HOUR; `Retry-After` says in how many seconds to try again.",
  headers: { "Retry-After": { schema: { type: "integer", minimum: 1 } } },
  content: {
    "application/json": {
      schema: { $ref: "#/components/schemas/Error" },
      example: {
        error: "rate_limited",
        message: "Too many assessments were sent from this address. Please try again later.",
      },
    },
  },
};

export const challengePaths = {
  "/api/assessments/challenge": {
    get: {
      operationId: "getAssessmentChallenge",
      summary: "A signed ALTCHA proof-of-work challenge for one assessment",
      description:
        "Solve it with the `altcha` widget or `altcha-lib`'s `solveChallenge` and send the " +
        "base64 payload `{challenge, solution}` as the submission's `altcha` field. Expires after " +
        "two hours; never cached.",
      responses: {
        "200": {
          description: "A challenge (PBKDF2/SHA-256, deterministic mode, HMAC-signed).",
          headers: { "Cache-Control": { schema: { const: "no-store" } } },
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  parameters: {
                    type: "object",
                    properties: {
                      algorithm: { const: "PBKDF2/SHA-256" },
                      nonce: { type: "string" },
                      salt: { type: "string" },
                      cost: { type: "integer" },
                      keyLength: { type: "integer" },
                      keyPrefix: { type: "string" },
                      keySignature: { type: "string" },
                      expiresAt: { type: "integer", description: "Unix time in seconds" },
                    },
                    required: ["algorithm", "nonce", "salt", "cost", "keyLength", "keyPrefix"],
                  },
                  signature: { type: "string" },
                },
                required: ["parameters", "signature"],
              },
            },
          },
        },
      },
    },
  },
};
