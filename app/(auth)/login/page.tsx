import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/safe-next";
import { getSessionState } from "@/lib/auth/session";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Staff sign-in" };

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { next } = await searchParams;
  const target = safeNextPath(Array.isArray(next) ? next[0] : next);
  const state = await getSessionState();
  if (state.status === "active") redirect(target);
  // MFA enrolment or a password change is due: the account page is the only one that works.
  if (state.status !== "signed_out") redirect("/dashboard/account");
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">Staff sign-in</h1>
      <p className="mt-2 text-slate-700">For the practice&apos;s physicians and administrators.</p>
      <LoginForm next={target} />
    </>
  );
}
