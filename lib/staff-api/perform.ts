import "server-only";
import { getActor } from "@/lib/auth/session";
import { authorize } from "@/lib/dal/guard";
import type { StaffOperation } from "@/lib/staff-api/operation";

/** Runs a staff operation for a server action, as the signed-in user; throws what the DAL throws. */
export async function perform<O extends StaffOperation>(
  operation: O,
  input: unknown,
  id = "",
): Promise<Awaited<ReturnType<O["run"]>>> {
  const actor = authorize(await getActor(), operation.policy);
  return (await operation.run(actor, input, id)) as Awaited<ReturnType<O["run"]>>;
}
