// Who may do what. Pure functions, unit-tested; the data-access layer calls them with the actor
// it was given, so a route or page that forgets a check still cannot read or change patient data.

import type { Role, SubmissionStatus } from "@/lib/contracts/staff";

export type { Role, SubmissionStatus };

/** The signed-in staff member on whose behalf the data layer acts. */
export type Actor = { id: string; email: string; name: string; role: Role };

/** Both roles are clinical staff of one practice and see the whole queue. */
export const canViewSubmissions = (actor: Actor | null): actor is Actor =>
  actor !== null && (actor.role === "PHYSICIAN" || actor.role === "ADMIN");

export const canAddNote = canViewSubmissions;

/** Status moves staff may make by hand; REPLIED is reached only by sending a reply. */
const manualTransitions: Record<SubmissionStatus, SubmissionStatus[]> = {
  NEW: ["IN_REVIEW", "ARCHIVED"],
  IN_REVIEW: ["NEW", "ARCHIVED"],
  REPLIED: ["ARCHIVED"],
  ARCHIVED: ["IN_REVIEW"],
};

export function canChangeStatus(
  actor: Actor | null,
  from: SubmissionStatus,
  to: SubmissionStatus,
): boolean {
  return canViewSubmissions(actor) && manualTransitions[from].includes(to);
}

/** Medical replies are written and sent by physicians only; an admin may manage but not advise. */
export const canWriteReply = (actor: Actor | null): actor is Actor => actor?.role === "PHYSICIAN";

export const canEditTemplates = canWriteReply;

export const canManageUsers = (actor: Actor | null): actor is Actor => actor?.role === "ADMIN";

export const canViewAudit = canManageUsers;

export const canRetryEmail = canViewSubmissions;
