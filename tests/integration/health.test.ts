import { describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { shutDown } from "@/lib/lifecycle";
import { query } from "../support/db";

// The load balancer's probes against the real test database. (Postgres stopped and started under
// a running server: tests/e2e/operations.spec.ts.)

describe("GET /api/health/*", () => {
  it("is live, and ready when Postgres answers and every migration is applied", async () => {
    expect(await live().json()).toEqual({ status: "live" });
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ready",
      checks: { database: true, migrations: true, accepting: true },
    });
  });

  it("is not ready while a migration this build ships with is missing from the database", async () => {
    const [last] = await query<Record<string, unknown>>(
      `DELETE FROM _prisma_migrations WHERE migration_name =
         (SELECT max(migration_name) FROM _prisma_migrations) RETURNING *`,
    );
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe("5");
      expect((await response.json()).checks).toEqual({
        database: true,
        migrations: false,
        accepting: true,
      });
    } finally {
      const columns = Object.keys(last!);
      await query(
        `INSERT INTO _prisma_migrations (${columns.join(", ")})
         VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
        Object.values(last!),
      );
    }
  });

  it("fails readiness once the instance is shutting down, while staying live", async () => {
    await shutDown();
    const response = await ready();
    expect(response.status).toBe(503);
    expect((await response.json()).checks).toMatchObject({ database: true, accepting: false });
    expect(live().status).toBe(200);
  });
});
