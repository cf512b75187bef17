import { formatDateTime } from "@/components/dashboard/format";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/authorization";
import { listUsers } from "@/lib/dal/users";
import { ActiveToggle } from "./_components/active-toggle";
import { InviteForm } from "./_components/invite-form";

export const metadata: Metadata = { title: "Users" };

const th = "px-3 py-2 text-left font-semibold";
const td = "px-3 py-2 align-top";

export default async function UsersPage() {
  const actor = await getActor();
  if (!actor) redirect("/login?next=/dashboard/users");
  // Like the audit log: a physician gets the same 404 as for a page that does not exist.
  if (!canManageUsers(actor)) notFound();
  const users = await listUsers(actor);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-slate-900">Users</h1>
      <section aria-labelledby="staff-heading" className="space-y-3">
        <h2 id="staff-heading" className="text-xl font-semibold text-slate-900">
          Staff accounts
        </h2>
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="w-full text-sm text-slate-900">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={th}>
                  Name
                </th>
                <th scope="col" className={th}>
                  Email
                </th>
                <th scope="col" className={th}>
                  Role
                </th>
                <th scope="col" className={th}>
                  Status
                </th>
                <th scope="col" className={th}>
                  Two-factor
                </th>
                <th scope="col" className={th}>
                  Last sign-in
                </th>
                <th scope="col" className={th}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-t border-slate-200">
                  <th scope="row" className={`${td} font-semibold`}>
                    {user.name}
                  </th>
                  <td className={td}>{user.email}</td>
                  <td className={td}>{user.role === "ADMIN" ? "Administrator" : "Physician"}</td>
                  <td className={td}>{user.active ? "Active" : "Deactivated"}</td>
                  <td className={td}>{user.mfaEnabled ? "On" : "Off"}</td>
                  <td className={td}>
                    {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Never"}
                  </td>
                  <td className={td}>
                    {user.id === actor.id ? (
                      <span className="text-slate-700">You</span>
                    ) : (
                      <ActiveToggle userId={user.id} name={user.name} active={user.active} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="invite-heading" className="max-w-md space-y-3">
        <h2 id="invite-heading" className="text-xl font-semibold text-slate-900">
          Invite a staff member
        </h2>
        <p className="text-slate-700">
          Creates the account with a one-time password that you hand over in person or by phone. Ask
          them to turn on two-factor authentication on their account page.
        </p>
        <InviteForm />
      </section>
    </div>
  );
}
