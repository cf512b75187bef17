import "server-only";
import { prepareNewUser, temporaryPassword } from "@/lib/auth/new-user";
import { audit } from "@/lib/audit";
import { canManageUsers, type Actor, type Role } from "@/lib/authorization";
import { assertUuid, authorize } from "@/lib/dal/guard";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { revokeAllSessions } from "@/lib/dal/staff-sessions";
import { Prisma } from "@/lib/generated/prisma/client";

// Staff accounts, managed by admins. Never returns password hashes, TOTP secrets or recovery codes.

export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mfaEnabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
};

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  totpEnabledAt: true,
  lastLoginAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

const toDto = (u: UserRow): UserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
  mfaEnabled: u.totpEnabledAt !== null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});

const requireAdmin = (actor: Actor | null): Actor => authorize(actor, canManageUsers);

export async function listUsers(actor: Actor | null): Promise<UserDto[]> {
  requireAdmin(actor);
  const rows = await db().user.findMany({
    select: userSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return rows.map(toDto);
}

async function insertUser(admin: Actor, input: unknown, password: string): Promise<UserDto> {
  const row = await prepareNewUser(input, password);
  try {
    return await db().$transaction(async (tx) => {
      // An invited user's password was seen by the admin: they must replace it before anything else.
      const data = { ...row, mustChangePassword: true };
      const user = await tx.user.create({ data, select: userSelect });
      await audit(tx, {
        action: "user.invite",
        actor: admin,
        subject: { type: "user", id: user.id },
        details: { role: user.role },
      });
      return toDto(user);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("An account with this email already exists.");
    }
    throw error;
  }
}

/**
 * Creates an account with a random one-time password, returned once for the admin to hand over;
 * only its hash is stored. Until the new user changes it on the account page, that page is the
 * only one they can use (mustChangePassword, see lib/auth/session.ts).
 */
export async function inviteUser(
  actor: Actor | null,
  input: { email: string; name: string; role: string },
): Promise<{ user: UserDto; temporaryPassword: string }> {
  const admin = requireAdmin(actor);
  const password = temporaryPassword();
  const user = await insertUser(admin, input, password);
  return { user, temporaryPassword: password };
}

async function setActive(actor: Actor | null, userId: string, active: boolean): Promise<UserDto> {
  const admin = requireAdmin(actor);
  assertUuid(userId);
  // An admin cannot lock themselves out (and so leave the practice with no admin by accident).
  if (!active && userId === admin.id)
    throw new ConflictError("You cannot deactivate your own account.");
  return db().$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!found) throw new NotFoundError();
    const user = await tx.user.update({
      where: { id: userId },
      data: { active },
      select: userSelect,
    });
    // Deactivation signs the user out everywhere at once (session version bump + revoked rows).
    if (!active) await revokeAllSessions(tx, userId);
    await audit(tx, {
      action: active ? "user.reactivate" : "user.deactivate",
      actor: admin,
      subject: { type: "user", id: userId },
    });
    return toDto(user);
  });
}

export const deactivateUser = (actor: Actor | null, userId: string) =>
  setActive(actor, userId, false);
export const reactivateUser = (actor: Actor | null, userId: string) =>
  setActive(actor, userId, true);
