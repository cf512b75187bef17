import { notFound } from "next/navigation";
import { connection } from "next/server";

// Every address no route matches lands here, so its "not found" page is rendered per request and
// carries that request's CSP nonce (the prerendered /_not-found copy has none, and proxy.ts gives
// every unknown path the nonce policy). A dynamic API in app/not-found.tsx itself would instead
// turn every page dynamic, the prerendered education pages included.
export default async function Missing(): Promise<never> {
  await connection();
  notFound();
}
