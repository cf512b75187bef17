import "server-only";
import type { Actor } from "@/lib/authorization";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/dal/errors";
import { isUuid } from "@/lib/dal/cursor";

/** No actor → 401, an actor the policy refuses → 403. Returns the actor, now known to be set. */
export function authorize(actor: Actor | null, allowed: (actor: Actor) => boolean): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!allowed(actor)) throw new ForbiddenError();
  return actor;
}

/** A malformed id cannot name a submission: it is "not found", not a database error. */
export function assertUuid(id: string): void {
  if (!isUuid(id)) throw new NotFoundError();
}
