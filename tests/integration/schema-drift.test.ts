import { readFile } from "node:fs/promises";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { datamodelOf, projectDatamodel, SCHEMA_PATH } from "../support/prisma-dmmf";
import { compareSchema, type Datamodel, type DbSnapshot } from "../support/schema-compare";
import { readSnapshot } from "../support/schema-snapshot";

// prisma/migrations is hand-written SQL (Prisma's engine cannot run here), so nothing but this
// test keeps it in step with schema.prisma: the database global-setup migrated must be exactly
// what the schema describes — tables, columns, types, nullability, defaults, keys, indexes, enums.

let datamodel: Datamodel;
let snapshot: DbSnapshot;

/** Runs `change` inside a transaction that is always rolled back, and snapshots what it sees. */
async function snapshotAfter(change: string): Promise<DbSnapshot> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(change);
    return await readSnapshot(client);
  } finally {
    await client.query("ROLLBACK");
    await client.end();
  }
}

beforeAll(async () => {
  datamodel = await projectDatamodel();
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    snapshot = await readSnapshot(client);
  } finally {
    await client.end();
  }
});

describe("the migrated database matches prisma/schema.prisma", () => {
  it("has no difference at all", () => {
    expect(compareSchema(datamodel, snapshot)).toEqual([]);
  });

  it("actually compared something: every model's table, the bookkeeping table and the indexes", () => {
    expect(datamodel.models.length).toBeGreaterThan(0);
    for (const model of datamodel.models)
      expect(snapshot.tables).toContain(model.dbName ?? model.name);
    expect(snapshot.tables).toContain("_prisma_migrations");
    expect(snapshot.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        "submission_pkey",
        "submission_reference_key",
        "submission_queue_idx",
        "submission_flags_idx",
      ]),
    );
    expect(snapshot.enums).toContainEqual({
      name: "SubmissionStatus",
      labels: ["NEW", "IN_REVIEW", "REPLIED", "ARCHIVED"],
    });
  });
});

describe("the drift check fails when the two disagree", () => {
  it("reports a field added to schema.prisma without a migration", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const edited = schema.replace(
      /model Submission \{\n/,
      `$&  timezone String? @map("time_zone") @db.VarChar(64)\n`,
    );
    expect(edited).not.toBe(schema);

    const differences = compareSchema(await datamodelOf(edited), snapshot);

    expect(differences).toEqual([
      "submission.time_zone: column missing (Submission.timezone in schema.prisma)",
    ]);
  });

  it("reports a model and an index added to schema.prisma without a migration", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const withIndex = schema.replace(/@@index\(\[email\]/, `@@index([phone, lastName])\n  $&`);
    expect(withIndex).not.toBe(schema);
    const edited = `${withIndex}\nmodel DriftProbe {\n  id   String @id @db.Uuid\n  body String\n  @@map("drift_probe")\n}\n`;

    const differences = compareSchema(await datamodelOf(edited), snapshot);

    expect(differences).toEqual([
      "submission: index submission_phone_last_name_idx on (phone, last_name) missing",
      "drift_probe: table missing (model DriftProbe)",
    ]);
  });

  it("reports a column, a table and an index that a migration added but the schema does not declare", async () => {
    const changed = await snapshotAfter(`
      ALTER TABLE submission ADD COLUMN stray TEXT;
      CREATE TABLE stray_table (id INTEGER);
      CREATE INDEX stray_idx ON submission (state);`);

    expect(compareSchema(datamodel, changed)).toEqual([
      "submission.stray: column not declared in schema.prisma",
      "submission: index stray_idx on (state) not declared in schema.prisma",
      "stray_table: table not declared in schema.prisma",
    ]);
  });

  it("reports a dropped unique index, a loosened NOT NULL, a changed type and a new enum label", async () => {
    const changed = await snapshotAfter(`
      DROP INDEX submission_reference_key;
      ALTER TABLE submission ALTER COLUMN email DROP NOT NULL;
      ALTER TABLE submission ALTER COLUMN state TYPE VARCHAR(3);
      ALTER TYPE "SubmissionStatus" ADD VALUE 'SPAM';`);

    expect(compareSchema(datamodel, changed)).toEqual([
      "submission.email: column is nullable, schema.prisma says NOT NULL",
      "submission.state: type is varchar(3), schema.prisma says varchar(2)",
      "submission: unique index submission_reference_key on (reference) missing",
      "enum SubmissionStatus: labels are (NEW, IN_REVIEW, REPLIED, ARCHIVED, SPAM), schema.prisma says (NEW, IN_REVIEW, REPLIED, ARCHIVED)",
    ]);
  });
});
