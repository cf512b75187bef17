// The embedded demo's staff accounts. The passwords are published (README, `npm run dev` output) on
// purpose: these accounts exist only in the throw-away embedded database, which the seed insists on.
// No imports, so scripts/dev.ts can print them without loading server code.

export const demoPhysician = {
  email: "physician@demo.ldn.test",
  name: "Dr. Demo Physician",
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
