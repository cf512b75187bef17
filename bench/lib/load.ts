import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { onCleanup, withTimeout } from "./lifecycle";
import { submissionBody } from "./payload";
import { summarize, type LatencySummary } from "./stats";

export type LoadResult = {
  requests: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
  seconds: number;
  perSecond: number;
  latencyMs: LatencySummary;
};

let sequence = 0;

/**
 * POSTs `amount` distinct valid assessments to /api/assessments over `connections` keep-alive
 * connections, each with its own Idempotency-Key (a fresh UUID), so every request takes the
 * idempotent insert path and stores one row. Latencies are taken from autocannon's per-response
 * events (sub-millisecond; its own histogram rounds to whole ms).
 */
export async function postSubmissions(
  origin: string,
  amount: number,
  connections: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: `${origin}/api/assessments`,
    connections: Math.min(connections, amount),
    amount,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: "/api/assessments",
        setupRequest: (request) => ({
          ...request,
          headers: {
            ...request.headers,
            "content-type": "application/json",
            "idempotency-key": randomUUID(),
          },
          body: submissionBody(sequence++),
        }),
      },
    ],
  });
  instance.on(
    "response",
    (_client: unknown, _status: number, _bytes: number, responseTimeMs: number) => {
      latencies.push(responseTimeMs);
    },
  );
  // Stopped first on Ctrl-C or a time-out, so the server is not asked to shut down under load.
  const forget = onCleanup("stop autocannon", () => instance.stop());
  const result = await withTimeout(Promise.resolve(instance), 10 * 60_000, "the load run")
    .catch((error: unknown) => {
      instance.stop();
      throw error;
    })
    .finally(forget);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
  );
  return {
    requests: result["2xx"] + result.non2xx,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes,
    seconds,
    perSecond: (result["2xx"] + result.non2xx) / seconds,
    latencyMs: summarize(latencies),
  };
}
