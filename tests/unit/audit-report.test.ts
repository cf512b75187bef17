import { describe, expect, it } from "vitest";
import { judgeAudit } from "@/lib/supply-chain/audit-report";

// The decision .ci/run takes on `npm audit --omit=dev --json` (scripts/audit-prod-deps.ts).

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
    },
  });

describe("judgeAudit", () => {
  it("passes a clean report", () => {
    expect(judgeAudit(report({}, {})).outcome).toBe("pass");
  });

  it("passes, mentioning them, when only low or moderate advisories exist", () => {
    const verdict = judgeAudit(
      report({ cookie: { name: "cookie", severity: "low", via: [{ title: "t" }] } }, { low: 1 }),
    );
    expect(verdict).toMatchObject({ outcome: "pass", message: expect.stringContaining("1 lower") });
  });

  it("fails on a high or critical advisory and names the package and the advisory", () => {
    const verdict = judgeAudit(
      report(
        {
          nodemailer: {
            name: "nodemailer",
            severity: "high",
            via: [{ title: "Header injection", url: "https://github.com/advisories/GHSA-x" }],
          },
          mailparser: { name: "mailparser", severity: "critical", via: ["nodemailer"] },
        },
        { high: 1, critical: 1 },
      ),
    );
    expect(verdict.outcome).toBe("fail");
    expect(verdict.message).toContain(
      "nodemailer (high): Header injection https://github.com/advisories/GHSA-x",
    );
    expect(verdict.message).toContain("mailparser (critical): via nodemailer");
  });

  it("says the check was skipped when the registry cannot be asked", () => {
    for (const stdout of [
      JSON.stringify({
        message: "405 Method Not Allowed - POST https://registry/-/npm/v1/security/advisories/bulk",
        statusCode: 405,
        error: { summary: "", detail: "" },
      }),
      JSON.stringify({
        error: { code: "ENOTFOUND", summary: "getaddrinfo ENOTFOUND registry.npmjs.org" },
      }),
      "npm ERR! something that is not JSON",
      "",
    ]) {
      const verdict = judgeAudit(stdout);
      expect(verdict.outcome, stdout).toBe("unavailable");
      expect(verdict.message).toMatch(/could not ask the registry.*SKIPPED/);
    }
  });
});
