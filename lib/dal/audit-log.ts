import "server-only";
import { audit } from "@/lib/audit";
import { canViewAudit, type Actor } from "@/lib/authorization";
import { auditCursorSchema, decodeCursor, encodeCursor } from "@/lib/dal/cursor";
import type { AuditEventDto } from "@/lib/dal/dto";
import { authorize } from "@/lib/dal/guard";
import { db } from "@/lib/db";
import { practiceDayEnd, practiceDayStart } from "@/lib/practice-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditQuerySchema, parseInput, type AuditQueryInput } from "@/lib/validations/staff";

export type { AuditEventDto } from "@/lib/dal/dto";
export type AuditPage = { items: AuditEventDto[]; nextCursor: string | null };

const select = {
  id: true,
  at: true,
  actorId: true,
  actorEmail: true,
  action: true,
  subjectType: true,
  subjectId: true,
  ip: true,
  details: true,
} as const;

/**
 * The audit log, newest first (by id, which follows insertion order), for admins. Looking at the
 * log is itself an audited action, recorded with the filters used.
 */
export async function listAuditEvents(
  actor: Actor | null,
  input: AuditQueryInput = {},
): Promise<AuditPage> {
  const admin = authorize(actor, canViewAudit);
  const query = parseInput(auditQuerySchema, input);
  const after = query.cursor ? BigInt(decodeCursor(query.cursor, auditCursorSchema)[0]) : null;

  const at: Prisma.DateTimeFilter = {};
  // Days are the practice's days, as the dashboard shows every time.
  if (query.from) at.gte = practiceDayStart(query.from);
  if (query.to) at.lt = practiceDayEnd(query.to);
  const where: Prisma.AuditEventWhereInput = {
    ...(query.action && { action: query.action }),
    ...(query.actorId && { actorId: query.actorId }),
    ...(query.subjectId && { subjectId: query.subjectId }),
    ...((query.from || query.to) && { at }),
    ...(after !== null && { id: { lt: after } }),
  };

  return db().$transaction(async (tx) => {
    const rows = await tx.auditEvent.findMany({
      where,
      select,
      orderBy: { id: "desc" },
      take: query.limit + 1,
    });
    await audit(tx, {
      action: "audit.view",
      actor: admin,
      details: {
        action: query.action ?? null,
        actorId: query.actorId ?? null,
        subjectId: query.subjectId ?? null,
        from: query.from ?? null,
        to: query.to ?? null,
      },
    });
    const items = rows
      .slice(0, query.limit)
      .map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() }));
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    };
  });
}
