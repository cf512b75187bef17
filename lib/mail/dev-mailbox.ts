import "server-only";
import { db } from "@/lib/db";

// Reads what the development transport "delivered" (lib/mail/transport.ts devMailboxTransport).

export type DevMailDto = { id: string; to: string; subject: string; text: string; createdAt: Date };

export function devMailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production";
}

/** Newest first. Empty in production, where nothing is ever written there. */
export async function listDevMail(limit = 50): Promise<DevMailDto[]> {
  if (!devMailboxEnabled()) return [];
  return db().devMail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
