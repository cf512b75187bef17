import "server-only";
import { audit } from "@/lib/audit";
import { canViewSubmissions, type Actor, type SubmissionStatus } from "@/lib/authorization";
import { decodeCursor, encodeCursor, queueCursorSchema, type QueueCursor } from "@/lib/dal/cursor";
import { submissionStatuses, type QueueItem } from "@/lib/contracts/staff";
import { authorize } from "@/lib/dal/guard";
import { isOverdue } from "@/lib/dal/overdue";
import { db } from "@/lib/db";
import { practiceDayEnd, practiceDayStart } from "@/lib/practice-time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FlagCode } from "@/lib/triage/flags";
import {
  parseInput,
  queueQuerySchema,
  type QueueQuery,
  type QueueQueryInput,
} from "@/lib/validations/staff";

export type { QueueItem } from "@/lib/contracts/staff";
export type QueuePage = {
  items: QueueItem[];
  nextCursor: string | null;
  /** Rows per status tab: exact without filters, and with filters while they match ≤ COUNT_CAP. */
  counts: Record<SubmissionStatus, number>;
  /** Tabs whose count is a lower bound (shown as "412+"): with a filter or search matching more
   *  than COUNT_CAP rows, each tab shows how many of the first COUNT_CAP + 1 matches it holds. */
  cappedCounts: SubmissionStatus[];
};

export const QUEUE_PAGE_SIZE = 25;
/** A filtered or searched view counts this many matching rows at most, over all its tabs: past
 *  it an exact number tells a physician nothing, and counting a million matches would cost every
 *  page view ~300 ms. */
export const COUNT_CAP = 1000;

// Every query here is shaped for an index (see prisma/schema.prisma): the page walks
// submission_queue_idx in its own order (status, priority DESC, created_at, id); search uses the
// trigram index on the lower-cased search_text; a flag filter uses the GIN index on flags.

/** `%`, `_` and `\` are LIKE syntax; a patient called "100%" is searched for literally. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;

/**
 * The part of a search the trigram index should look up. Every row's search text holds "ldn-" and
 * an email domain shared with thousands of others, and a trigram index pays for each common trigram
 * of a pattern (at a million rows "ward58@exam" costs ~50 ms in the index, "ward58" ~1 ms). So the
 * index is asked for what was typed before the "@" and after a leading "ldn-", and the whole search
 * is checked on the rows it finds. Too short a remainder (under one trigram) looks up everything.
 */
export function indexedPart(q: string): string {
  const lower = q.toLowerCase();
  const part = lower.split("@", 1)[0]!.replace(/^ldn-/, "");
  return part.length >= 3 ? part : lower;
}

function searchFilter(q: string): Prisma.Sql[] {
  const part = indexedPart(q);
  const indexed = Prisma.sql`search_text ILIKE ${likePattern(part)}`;
  if (part === q.toLowerCase()) return [indexed];
  // lower(search_text) is not the indexed expression, so the planner checks it on the rows found
  // instead of adding the whole search's trigrams to the index lookup.
  return [indexed, Prisma.sql`lower(search_text) LIKE ${likePattern(q)}`];
}

/** The filters shared by the page and the tab counts (everything but status and position). */
function filters(query: QueueQuery): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (query.q) parts.push(...searchFilter(query.q));
  if (query.flag) parts.push(Prisma.sql`flags @> ARRAY[${query.flag}]::text[]`);
  if (query.condition) parts.push(Prisma.sql`primary_condition = ${query.condition}`);
  if (query.from)
    parts.push(Prisma.sql`created_at >= ${practiceDayStart(query.from)}::timestamptz`);
  if (query.to) parts.push(Prisma.sql`created_at < ${practiceDayEnd(query.to)}::timestamptz`);
  return parts;
}

const and = (parts: Prisma.Sql[]) =>
  parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;

type Row = Omit<QueueItem, "createdAt" | "overdue" | "flags"> & {
  createdAt: Date;
  flags: string[];
};

const columns = Prisma.sql`id::text AS id, reference, first_name AS "firstName", last_name AS "lastName", email,
  primary_condition AS "primaryCondition", flags, priority, status::text AS status, created_at AS "createdAt"`;
const order = Prisma.sql`ORDER BY priority DESC, created_at ASC, id ASC`;

/** Queue order over the output names, for ordering rows read back out of a subquery. */
const orderByName = Prisma.sql`ORDER BY "priority" DESC, "createdAt" ASC, id ASC`;
/** The output columns by name, for reading them back out of a subquery. */
const columnNames = Prisma.sql`id, reference, "firstName", "lastName", email, "primaryCondition", flags, priority, status, "createdAt"`;

/**
 * The rows of `where` in queue order after the cursor, at most `take`. After a cursor, "later than
 * (p, c, id)" with priority descending and the rest ascending is split into two ranges the index
 * can seek to directly: the same priority after (c, id), then every lower priority. (A single OR-ed
 * condition would be a filter the scan has to evaluate on every earlier row, which makes deep pages
 * slow.)
 */
function inQueueOrder(
  where: Prisma.Sql[],
  after: QueueCursor | null,
  take: number,
  select: Prisma.Sql = columns,
): Prisma.Sql {
  if (!after)
    return Prisma.sql`SELECT ${select} FROM submission WHERE ${and(where)} ${order} LIMIT ${take}`;
  const [p, c, id] = after;
  const cAt = new Date(c);
  return Prisma.sql`
    SELECT * FROM (
      (SELECT ${select} FROM submission
        WHERE ${and(where)} AND priority = ${p} AND (created_at, id) > (${cAt}::timestamptz, ${id}::uuid)
        ORDER BY created_at ASC, id ASC LIMIT ${take})
      UNION ALL
      (SELECT ${select} FROM submission
        WHERE ${and(where)} AND priority < ${p} ${order} LIMIT ${take})
    ) AS later ${orderByName} LIMIT ${take}`;
}

/**
 * How many rows of a tab a search walks in queue order before it asks the trigram index instead.
 * A common fragment ("nakam" matches 2.5 % of a million rows) is found fastest by walking the tab
 * in order — 26 matches within about a thousand rows — while the trigram index would fetch all
 * 25,000 matches to sort them (~300 ms); a rare one is the other way round. Walking a bounded window
 * first gives the common case its cheap plan whatever the planner's estimate says, and a window
 * that holds fewer matches than the page needs hands over to the index, which then has few rows.
 */
export const SEARCH_WALK_ROWS = 5000;

/** One page in queue order (`take` rows at most). */
async function page(query: QueueQuery, after: QueueCursor | null, take: number): Promise<Row[]> {
  const status = Prisma.sql`status = ${query.status}::"SubmissionStatus"`;
  const indexed = () =>
    db().$queryRaw<Row[]>`${inQueueOrder([status, ...filters(query)], after, take)}`;
  if (!query.q) return indexed();
  const window = inQueueOrder(
    [status, ...filters({ ...query, q: undefined })],
    after,
    SEARCH_WALK_ROWS,
    Prisma.sql`${columns}, search_text`,
  );
  // The LIMIT inside the window keeps the search filter from being pushed into it (and onto the
  // trigram index): the window is the first SEARCH_WALK_ROWS rows of the tab, in order.
  const walked = await db().$queryRaw<Row[]>`
    SELECT ${columnNames} FROM (${window}) AS walked
    WHERE lower(search_text) LIKE ${likePattern(query.q)}
    ${orderByName} LIMIT ${take}`;
  return walked.length === take ? walked : indexed();
}

type Counts = Pick<QueuePage, "counts" | "cappedCounts">;

/**
 * A view filtered by a flag, a condition or both, and nothing else: its counts are kept by
 * triggers (submission_facet_count; a flag within a condition is the value "<flag> <condition>").
 */
function countedFacet(query: QueueQuery, filterCount: number) {
  if (query.flag && query.condition && filterCount === 2)
    return { kind: "flag_condition", value: `${query.flag} ${query.condition}` };
  if (filterCount !== 1) return null;
  if (query.flag) return { kind: "flag", value: query.flag };
  if (query.condition) return { kind: "condition", value: query.condition };
  return null;
}

/**
 * Tab counts at a bounded cost. Without filters, or with a flag, a condition or both only: the
 * trigger-kept counters (submission_status_count, submission_facet_count), exact. With any other
 * filter or a search: the first COUNT_CAP + 1 matching rows, found through the filter's own index
 * and grouped by status — exact up to the cap, a lower bound past it.
 */
async function countByStatus(query: QueueQuery): Promise<Counts> {
  const where = filters(query);
  const facet = countedFacet(query, where.length);
  const rows = facet
    ? await db().$queryRaw<{ status: SubmissionStatus; n: number }[]>`
        SELECT status::text AS status, sum(n)::int AS n FROM submission_facet_count
        WHERE kind = ${facet.kind} AND value = ${facet.value} GROUP BY status`
    : where.length
      ? await db().$queryRaw<{ status: SubmissionStatus; n: number }[]>`
        SELECT status::text AS status, count(*)::int AS n FROM (
          SELECT status FROM submission WHERE ${and(where)} LIMIT ${COUNT_CAP + 1}
        ) AS matches GROUP BY status`
      : await db().$queryRaw<{ status: SubmissionStatus; n: number }[]>`
        SELECT status::text AS status, sum(n)::int AS n FROM submission_status_count GROUP BY status`;
  const counts = Object.fromEntries(submissionStatuses.map((s) => [s, 0])) as Record<
    SubmissionStatus,
    number
  >;
  for (const row of rows) counts[row.status] = row.n;
  const total = rows.reduce((sum, row) => sum + row.n, 0);
  return { counts, cappedCounts: total > COUNT_CAP ? [...submissionStatuses] : [] };
}

/** The triage queue: a page of one status tab, the counts of every tab, and the next cursor. */
export async function listSubmissions(
  actor: Actor | null,
  input: QueueQueryInput = {},
): Promise<QueuePage> {
  const staff = authorize(actor, canViewSubmissions);
  const query = parseInput(queueQuerySchema, input);
  const after = query.cursor ? decodeCursor(query.cursor, queueCursorSchema) : null;
  const now = new Date();

  const [rows, { counts, cappedCounts }] = await Promise.all([
    page(query, after, query.limit + 1),
    countByStatus(query),
    // The list shows names and emails, so viewing it is recorded too (without the search text,
    // which may itself be a patient's name).
    audit(db(), {
      action: "submission.list",
      actor: staff,
      details: {
        status: query.status,
        flag: query.flag ?? null,
        condition: query.condition ?? null,
        search: Boolean(query.q),
        page: Boolean(after),
      },
    }),
  ]);

  const hasMore = rows.length > query.limit;
  const items = rows.slice(0, query.limit).map((row) => ({
    ...row,
    flags: row.flags as FlagCode[],
    createdAt: row.createdAt.toISOString(),
    overdue: isOverdue(row.createdAt, row.status, now),
  }));
  const last = items.at(-1);
  const nextCursor =
    hasMore && last
      ? encodeCursor([last.priority, last.createdAt, last.id] satisfies QueueCursor)
      : null;
  return { items, nextCursor, counts, cappedCounts };
}
