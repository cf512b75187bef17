import "server-only";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { triage } from "@/lib/triage/rules";
import type { Assessment } from "@/lib/validations/assessment";

// The screening rules keep improving; stored submissions keep the flags of the rules they were
// submitted under until this re-runs them. Idempotent: a second run changes nothing. Age is judged
// as of the day each assessment was submitted, as it was then. A system task run by an operator,
// so it takes no actor; it records one audit event per run with its counts (no patient data).

const BATCH = 500;

export type RecomputeResult = { checked: number; changed: number };

type Row = {
  id: string;
  answers: Prisma.JsonValue;
  createdAt: Date;
  flags: string[];
  priority: number;
  triage: Prisma.JsonValue;
};

export async function recomputeTriage(): Promise<RecomputeResult> {
  let checked = 0;
  let changed = 0;
  let after: string | undefined;
  for (;;) {
    const rows: Row[] = await db().submission.findMany({
      select: {
        id: true,
        answers: true,
        createdAt: true,
        flags: true,
        priority: true,
        triage: true,
      },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    checked += rows.length;

    const updates = rows.flatMap((row) => {
      const next = triage(row.answers as Assessment, row.createdAt);
      const same =
        row.priority === next.priority &&
        JSON.stringify(row.flags) === JSON.stringify(next.flags.map((f) => f.code)) &&
        JSON.stringify(row.triage) === JSON.stringify({ flags: next.flags });
      return same ? [] : [{ id: row.id, next }];
    });
    if (updates.length === 0) continue;
    await db().$transaction(
      updates.map(({ id, next }) =>
        db().submission.update({
          where: { id },
          data: {
            flags: next.flags.map((f) => f.code),
            priority: next.priority,
            triage: { flags: next.flags },
          },
        }),
      ),
    );
    changed += updates.length;
  }
  await audit(db(), { action: "triage.recompute", details: { checked, changed } });
  return { checked, changed };
}
