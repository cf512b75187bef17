// The 503 every route answers when it cannot serve for now (database away, instance overloaded or
// shutting down): the usual error shape, Retry-After in seconds, never cached. No server-only
// import, so scripts/start.ts sends the same answer before a request reaches Next.

export const RETRY_AFTER_SECONDS = 5;

export const unavailableBody = {
  error: "unavailable",
  message: "The service is busy or briefly unavailable. Please try again in a few seconds.",
} as const;

export const unavailableHeaders = {
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Cache-Control": "no-store",
} as const;
