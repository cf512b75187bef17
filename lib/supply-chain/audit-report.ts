// Reads the JSON of `npm audit --omit=dev --json` and decides what CI does with it: fail on a
// high or critical advisory in a production dependency; go on, saying so, when the registry could
// not be asked (offline, a mirror without the audit endpoint, an error answer).

export type AuditVerdict =
  | { outcome: "pass"; message: string }
  | { outcome: "fail"; message: string }
  | { outcome: "unavailable"; message: string };

type Via = string | { title?: string; url?: string; severity?: string };
type Vulnerability = { name?: string; severity?: string; via?: Via[]; fixAvailable?: unknown };
type Report = {
  error?: { summary?: string; detail?: string; code?: string };
  message?: string;
  statusCode?: number;
  vulnerabilities?: Record<string, Vulnerability>;
  metadata?: { vulnerabilities?: Record<string, number> };
};

const BLOCKING = new Set(["high", "critical"]);

export function judgeAudit(stdout: string): AuditVerdict {
  let report: Report;
  try {
    report = JSON.parse(stdout) as Report;
  } catch {
    return unavailable("npm audit did not answer with JSON");
  }
  const counts = report.metadata?.vulnerabilities;
  if (report.error || !counts || !report.vulnerabilities) {
    const reason =
      report.message ||
      report.error?.summary ||
      report.error?.code ||
      (report.statusCode ? `HTTP ${report.statusCode}` : "no report");
    return unavailable(reason);
  }

  const blocking = Object.entries(report.vulnerabilities).filter(([, v]) =>
    BLOCKING.has(v.severity ?? ""),
  );
  if (blocking.length === 0) {
    const lower = (counts.low ?? 0) + (counts.moderate ?? 0) + (counts.info ?? 0);
    return {
      outcome: "pass",
      message:
        "Supply chain: no high or critical advisory in production dependencies" +
        (lower > 0 ? ` (${lower} lower-severity; see npm audit --omit=dev).` : "."),
    };
  }
  const lines = blocking.map(([name, v]) => {
    const advisories = (v.via ?? [])
      .map((via) =>
        typeof via === "string" ? `via ${via}` : `${via.title ?? ""} ${via.url ?? ""}`,
      )
      .map((s) => s.trim())
      .filter(Boolean);
    return `  - ${name} (${v.severity}): ${advisories.join("; ") || "see npm audit"}`;
  });
  return {
    outcome: "fail",
    message: [
      `Supply chain: ${blocking.length} production dependenc${blocking.length === 1 ? "y has" : "ies have"} a high or critical advisory:`,
      ...lines,
      "Update them (npm audit fix --omit=dev, or a newer version) before shipping.",
    ].join("\n"),
  };
}

function unavailable(reason: string): AuditVerdict {
  return {
    outcome: "unavailable",
    message:
      `Supply chain: could not ask the registry for advisories (${reason.slice(0, 200)}); ` +
      "the advisory check was SKIPPED. Run `npm audit --omit=dev` where the registry answers.",
  };
}
