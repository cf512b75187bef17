// The embedded demo's staff accounts. The passwords are published (README, `npm run dev` output) on
// purpose: these accounts exist only in the throw-away embedded database, which the seed insists on.
// Only the practice's configuration is imported (no server code), so scripts/dev.ts can print them.
// The demo physician is the practice's configured physician: the name on the pages, in the emails
// and under the demo replies is one and the same.
import { practice } from "../../lib/config";

export const demoPhysician = {
  email: "physician@demo.ldn.test",
  name: practice.physician.name,
  role: "PHYSICIAN",
  password: "demo-physician-2026!",
} as const;

export const demoAdmin = {
  email: "admin@demo.ldn.test",
  name: "Demo Admin",
  role: "ADMIN",
  password: "demo-admin-2026!!",
} as const;

export const demoAccounts = [demoPhysician, demoAdmin] as const;

/** The line `npm run dev` and the seed print so the demo can be signed into at once. */
export function demoSignInLine(origin = "http://localhost:3000"): string {
  return (
    `Demo sign-in: ${demoPhysician.email} / ${demoPhysician.password} at ${origin}/login` +
    `\n  (admin: ${demoAdmin.email} / ${demoAdmin.password})`
  );
}
