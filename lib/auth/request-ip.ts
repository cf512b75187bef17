import "server-only";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";

/**
 * The client address for every throttle and the audit log: the X-Forwarded-For entry written by
 * the outermost of TRUSTED_PROXY_HOPS trusted proxies (lib/http/client-address.ts), never the
 * client-written left end of the header.
 */
export function clientIp(headers: Pick<Headers, "get">): string {
  return clientAddress(headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
}
