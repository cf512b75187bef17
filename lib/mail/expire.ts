import type pg from "pg";

// After a database is restored from a backup, its outbox still holds the emails that were unsent
// when the dump was taken: sent long since (or not) by the old system, and carrying raw reply-link
// tokens that left the building inside the dump file. `npm run outbox -- --expire-before <time>`
// (scripts/outbox.ts) expires them: the emails become FAILED with an explanation, never sent,
// their tokens are removed from the rows, and the reply links those tokens open stop working
// (patients can ask for a fresh link at /r/new-link). Plain pg, no server-only: it runs from a CLI.

export const EXPIRED_ERROR =
  "expired by the operator after a restore (npm run outbox -- --expire-before); never sent";

export type ExpireResult = { emails: Record<string, number>; linksRevoked: number };

type Queryable = Pick<pg.ClientBase, "query">;

const UNSENT = `status IN ('PENDING', 'SENDING') AND created_at < $1`;

/** What `expireUnsent` would change, changing nothing. */
export async function previewExpiry(client: Queryable, before: Date): Promise<ExpireResult> {
  const { rows } = await client.query<{ kind: string; n: number; links: number }>(
    `SELECT kind, count(*)::int AS n, count(payload->>'token')::int AS links
     FROM outbox_email WHERE ${UNSENT} GROUP BY kind ORDER BY kind`,
    [before],
  );
  return {
    emails: Object.fromEntries(rows.map((r) => [r.kind, r.n])),
    linksRevoked: rows.reduce((sum, r) => sum + r.links, 0),
  };
}

/** Expires every email queued before `before` and not sent, in one statement, and records it. */
export async function expireUnsent(client: Queryable, before: Date): Promise<ExpireResult> {
  const { rows } = await client.query<{ kind: string | null; n: number; links: number }>(
    `WITH old AS (
       SELECT id, payload->>'token' AS token FROM outbox_email WHERE ${UNSENT} FOR UPDATE),
     links AS (
       UPDATE reply_link SET expires_at = LEAST(expires_at, now())
       WHERE token_hash IN (
         SELECT encode(sha256(convert_to(token, 'UTF8')), 'hex') FROM old WHERE token IS NOT NULL)
       RETURNING 1),
     expired AS (
       UPDATE outbox_email SET status = 'FAILED', claimed_by = NULL, payload = payload - 'token',
         last_error = $2
       WHERE id IN (SELECT id FROM old)
       RETURNING kind),
     counted AS (
       SELECT kind, count(*)::int AS n FROM expired GROUP BY kind),
     recorded AS (
       INSERT INTO audit_event (action, details)
       SELECT 'email.expire', jsonb_build_object(
         'before', $1::timestamptz, 'emails', (SELECT count(*) FROM expired),
         'linksRevoked', (SELECT count(*) FROM links))
       RETURNING 1)
     SELECT kind, n, (SELECT count(*)::int FROM links) AS links
     FROM counted RIGHT JOIN (SELECT count(*) FROM recorded) AS r ON true`,
    [before, EXPIRED_ERROR],
  );
  return {
    emails: Object.fromEntries(rows.filter((r) => r.kind).map((r) => [r.kind!, r.n])),
    linksRevoked: rows[0]?.links ?? 0,
  };
}
