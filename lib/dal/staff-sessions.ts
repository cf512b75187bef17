import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authorization";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/dal/cursor";
import { env } from "@/lib/env";

// Server-side record of each signed-in browser. The Auth.js cookie only names a row here, so idle
// and absolute expiry, sign-out and deactivation take effect at once, on every instance.
// These functions establish the actor, so unlike the rest of the DAL they do not take one.

type Tx = Prisma.TransactionClient;

/** lastSeenAt is written at most this often, so page views do not each cost a write. */
export const TOUCH_INTERVAL_MS = 60_000;

export type ValidSession = {
  sessionId: string;
  actor: Actor;
  mfaPassed: boolean;
  totpEnabled: boolean;
  /** Invited with a one-time password not yet replaced: the account page only. */
  mustChangePassword: boolean;
};

export async function createStaffSession(
  tx: Tx,
  input: { userId: string; version: number; mfaPassed: boolean },
  now: Date = new Date(),
): Promise<string> {
  const expiresAt = new Date(now.getTime() + env().SESSION_ABSOLUTE_HOURS * 3_600_000);
  const row = await tx.staffSession.create({
    data: { ...input, createdAt: now, lastSeenAt: now, expiresAt },
    select: { id: true },
  });
  return row.id;
}

/**
 * The session and its user in one query, or null when the session is unknown, revoked, idle too
 * long, past its absolute lifetime, of a deactivated user, or older than the user's sessionVersion.
 */
export async function validateStaffSession(
  sessionId: string,
  now: Date = new Date(),
): Promise<ValidSession | null> {
  if (!isUuid(sessionId)) return null;
  const row = await db().staffSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      version: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      mfaPassed: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          sessionVersion: true,
          totpEnabledAt: true,
          mustChangePassword: true,
        },
      },
    },
  });
  if (!row || row.revokedAt) return null;
  const idleLimit = env().SESSION_IDLE_MINUTES * 60_000;
  if (now.getTime() - row.lastSeenAt.getTime() > idleLimit) return null;
  if (now >= row.expiresAt) return null;
  const { user } = row;
  if (!user.active || user.sessionVersion !== row.version) return null;

  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    // Conditional update: concurrent requests on several instances write at most once.
    await db().staffSession.updateMany({
      where: { id: row.id, lastSeenAt: { lt: new Date(now.getTime() - TOUCH_INTERVAL_MS + 1) } },
      data: { lastSeenAt: now },
    });
  }
  return {
    sessionId: row.id,
    actor: { id: user.id, email: user.email, name: user.name, role: user.role },
    mfaPassed: row.mfaPassed,
    totpEnabled: user.totpEnabledAt !== null,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Ends one session (sign-out). Idempotent. */
export async function revokeStaffSession(tx: Tx, sessionId: string, now: Date = new Date()) {
  if (!isUuid(sessionId)) return;
  await tx.staffSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
  });
}

/**
 * Ends every session of a user at once: bumps sessionVersion (so even a session row missed here
 * fails the version check) and marks open rows revoked. `keep` survives, moved to the new version
 * (used when a user changes their own security settings and stays signed in on this device).
 */
export async function revokeAllSessions(
  tx: Tx,
  userId: string,
  now: Date = new Date(),
  keep?: string,
): Promise<void> {
  const user = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  await tx.staffSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now },
  });
  if (keep) {
    await tx.staffSession.updateMany({
      where: { id: keep, userId, revokedAt: null },
      data: { version: user.sessionVersion },
    });
  }
}

/** After the second factor is verified or enrolled, the session may use the dashboard. */
export async function markMfaPassed(tx: Tx, sessionId: string): Promise<void> {
  await tx.staffSession.updateMany({ where: { id: sessionId }, data: { mfaPassed: true } });
}
