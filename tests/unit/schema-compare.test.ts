import { describe, expect, it } from "vitest";
import {
  compareSchema,
  defaultConstraintName,
  type Datamodel,
  type DbColumn,
  type DbSnapshot,
  type DmmfField,
} from "../support/schema-compare";

// The drift test is only as good as this comparison: a hand-made model and a database snapshot
// that agree, then one deliberate mismatch at a time, each of which must be reported.

const field = (f: Partial<DmmfField> & Pick<DmmfField, "name" | "type">): DmmfField => ({
  kind: "scalar",
  isList: false,
  isRequired: true,
  hasDefaultValue: false,
  ...f,
});

function datamodel(): Datamodel {
  return {
    models: [
      {
        name: "Author",
        dbName: "author",
        fields: [
          field({
            name: "id",
            type: "String",
            nativeType: ["Uuid", []],
            hasDefaultValue: true,
            default: { name: "uuid", args: [4] },
          }),
          field({ name: "email", type: "String", nativeType: ["VarChar", ["254"]] }),
          field({ name: "displayName", dbName: "display_name", type: "String", isRequired: false }),
          field({
            name: "role",
            type: "Role",
            kind: "enum",
            hasDefaultValue: true,
            default: "WRITER",
          }),
          field({ name: "tags", type: "String", isList: true, hasDefaultValue: true, default: [] }),
          field({
            name: "createdAt",
            dbName: "created_at",
            type: "DateTime",
            nativeType: ["Timestamptz", ["3"]],
            hasDefaultValue: true,
            default: { name: "now", args: [] },
          }),
          field({ name: "born", type: "DateTime", nativeType: ["Date", []], isRequired: false }),
          field({ name: "visits", type: "Int", hasDefaultValue: true, default: 0 }),
          field({ name: "profile", type: "Json", isRequired: false }),
          field({
            name: "posts",
            type: "Post",
            kind: "object",
            isList: true,
            relationFromFields: [],
            relationToFields: [],
          }),
        ],
      },
      {
        name: "Post",
        dbName: null,
        fields: [
          field({
            name: "id",
            type: "Int",
            hasDefaultValue: true,
            default: { name: "autoincrement", args: [] },
          }),
          field({
            name: "authorId",
            dbName: "author_id",
            type: "String",
            nativeType: ["Uuid", []],
          }),
          field({
            name: "author",
            type: "Author",
            kind: "object",
            relationFromFields: ["authorId"],
            relationToFields: ["id"],
            relationOnDelete: "Cascade",
          }),
          field({
            name: "publishedAt",
            dbName: "published_at",
            type: "DateTime",
            isRequired: false,
          }),
        ],
      },
    ],
    enums: [
      {
        name: "Role",
        dbName: null,
        values: [{ name: "WRITER" }, { name: "EDITOR", dbName: "editor" }],
      },
    ],
    indexes: [
      { model: "Author", type: "id", fields: [{ name: "id" }] },
      { model: "Author", type: "unique", fields: [{ name: "email" }] },
      {
        model: "Author",
        type: "normal",
        dbName: "author_recent_idx",
        fields: [{ name: "role" }, { name: "createdAt", sortOrder: "desc" }],
      },
      { model: "Author", type: "normal", algorithm: "Gin", fields: [{ name: "tags" }] },
      { model: "Post", type: "id", fields: [{ name: "id" }] },
      { model: "Post", type: "unique", fields: [{ name: "authorId" }, { name: "publishedAt" }] },
    ],
  };
}

const column = (
  table: string,
  name: string,
  udtName: string,
  extra: Partial<DbColumn> = {},
): DbColumn => ({
  table,
  name,
  udtName,
  nullable: false,
  charMaxLength: null,
  datetimePrecision: null,
  hasDefault: false,
  ...extra,
});

function database(): DbSnapshot {
  return {
    tables: ["_prisma_migrations", "author", "Post"],
    columns: [
      column("_prisma_migrations", "id", "varchar", { charMaxLength: 36 }),
      column("author", "id", "uuid"),
      column("author", "email", "varchar", { charMaxLength: 254 }),
      column("author", "display_name", "text", { nullable: true }),
      column("author", "role", "Role", { hasDefault: true }),
      column("author", "tags", "_text", { nullable: true, hasDefault: true }),
      column("author", "created_at", "timestamptz", { datetimePrecision: 3, hasDefault: true }),
      column("author", "born", "date", { nullable: true, datetimePrecision: 0 }),
      column("author", "visits", "int4", { hasDefault: true }),
      column("author", "profile", "jsonb", { nullable: true }),
      column("Post", "id", "int4", { hasDefault: true }),
      column("Post", "author_id", "uuid"),
      column("Post", "published_at", "timestamp", { nullable: true, datetimePrecision: 3 }),
    ],
    indexes: [
      {
        table: "_prisma_migrations",
        name: "_prisma_migrations_pkey",
        unique: true,
        primary: true,
        method: "btree",
        columns: ["id"],
        descending: [false],
      },
      {
        table: "author",
        name: "author_pkey",
        unique: true,
        primary: true,
        method: "btree",
        columns: ["id"],
        descending: [false],
      },
      {
        table: "author",
        name: "author_email_key",
        unique: true,
        primary: false,
        method: "btree",
        columns: ["email"],
        descending: [false],
      },
      {
        table: "author",
        name: "author_recent_idx",
        unique: false,
        primary: false,
        method: "btree",
        columns: ["role", "created_at"],
        descending: [false, true],
      },
      {
        table: "author",
        name: "author_tags_idx",
        unique: false,
        primary: false,
        method: "gin",
        columns: ["tags"],
        descending: [false],
      },
      {
        table: "Post",
        name: "Post_pkey",
        unique: true,
        primary: true,
        method: "btree",
        columns: ["id"],
        descending: [false],
      },
      {
        table: "Post",
        name: "Post_author_id_published_at_key",
        unique: true,
        primary: false,
        method: "btree",
        columns: ["author_id", "published_at"],
        descending: [false, false],
      },
    ],
    foreignKeys: [
      {
        table: "Post",
        name: "Post_author_id_fkey",
        columns: ["author_id"],
        referencedTable: "author",
        referencedColumns: ["id"],
        onDelete: "Cascade",
        onUpdate: "Cascade",
      },
    ],
    enums: [{ name: "Role", labels: ["WRITER", "editor"] }],
  };
}

/** The differences after one change to the matching database snapshot. */
function driftAfter(change: (db: DbSnapshot) => void, model: Datamodel = datamodel()): string[] {
  const db = database();
  change(db);
  return compareSchema(model, db);
}

const columnOf = (db: DbSnapshot, table: string, name: string) =>
  db.columns.find((c) => c.table === table && c.name === name)!;
const indexOf = (db: DbSnapshot, name: string) => db.indexes.find((i) => i.name === name)!;

describe("compareSchema", () => {
  it("finds no difference between a model and a database that agree", () => {
    expect(compareSchema(datamodel(), database())).toEqual([]);
  });

  it("reports a field declared in the schema but missing from the database", () => {
    const model = datamodel();
    model.models[0]!.fields.push(
      field({ name: "timezone", dbName: "time_zone", type: "String", isRequired: false }),
    );
    expect(compareSchema(model, database())).toEqual([
      "author.time_zone: column missing (Author.timezone in schema.prisma)",
    ]);
  });

  it("reports a model whose table does not exist", () => {
    const model = datamodel();
    model.models.push({ name: "Note", dbName: null, fields: [field({ name: "id", type: "Int" })] });
    expect(compareSchema(model, database())).toEqual(["Note: table missing (model Note)"]);
  });

  it("reports tables and columns the schema does not declare, but not _prisma_migrations", () => {
    const drift = driftAfter((db) => {
      db.tables.push("legacy");
      db.columns.push(column("author", "nickname", "text", { nullable: true }));
    });
    expect(drift).toEqual([
      "author.nickname: column not declared in schema.prisma",
      "legacy: table not declared in schema.prisma",
    ]);
  });

  it.each([
    [
      "a different type family",
      "author",
      "visits",
      { udtName: "int8" },
      "author.visits: type is int8, schema.prisma says int4",
    ],
    [
      "a different varchar length",
      "author",
      "email",
      { charMaxLength: 100 },
      "author.email: type is varchar(100), schema.prisma says varchar(254)",
    ],
    [
      "text instead of varchar",
      "author",
      "email",
      { udtName: "text", charMaxLength: null },
      "author.email: type is text, schema.prisma says varchar(254)",
    ],
    [
      "timestamp without time zone",
      "author",
      "created_at",
      { udtName: "timestamp" },
      "author.created_at: type is timestamp(3), schema.prisma says timestamptz(3)",
    ],
    [
      "another timestamp precision",
      "Post",
      "published_at",
      { datetimePrecision: 6 },
      "Post.published_at: type is timestamp(6), schema.prisma says timestamp(3)",
    ],
    [
      "json instead of jsonb",
      "author",
      "profile",
      { udtName: "json" },
      "author.profile: type is json, schema.prisma says jsonb",
    ],
    [
      "a plain text instead of an enum",
      "author",
      "role",
      { udtName: "text" },
      "author.role: type is text, schema.prisma says Role",
    ],
    [
      "a scalar instead of a list",
      "author",
      "tags",
      { udtName: "text" },
      "author.tags: type is text, schema.prisma says _text",
    ],
    [
      "NOT NULL on an optional field",
      "author",
      "display_name",
      { nullable: false },
      "author.display_name: column is NOT NULL, schema.prisma says nullable",
    ],
    [
      "nullable on a required field",
      "author",
      "email",
      { nullable: true },
      "author.email: column is nullable, schema.prisma says NOT NULL",
    ],
    [
      "NOT NULL on a scalar list",
      "author",
      "tags",
      { nullable: false },
      "author.tags: column is NOT NULL, schema.prisma says nullable",
    ],
    [
      "a missing database default",
      "author",
      "visits",
      { hasDefault: false },
      "author.visits: has no database default, schema.prisma declares one",
    ],
    [
      "a default the client is meant to fill",
      "author",
      "id",
      { hasDefault: true },
      "author.id: has a database default, schema.prisma declares none",
    ],
  ] as const)("reports %s", (_name, table, name, change, message) => {
    expect(driftAfter((db) => Object.assign(columnOf(db, table, name), change))).toEqual([message]);
  });

  it.each([
    [
      "a missing primary key",
      (db: DbSnapshot) => db.indexes.splice(db.indexes.indexOf(indexOf(db, "author_pkey")), 1),
      "author: primary key author_pkey on (id) missing",
    ],
    [
      "a missing @unique index",
      (db: DbSnapshot) => db.indexes.splice(db.indexes.indexOf(indexOf(db, "author_email_key")), 1),
      "author: unique index author_email_key on (email) missing",
    ],
    [
      "a @unique that is a plain index",
      (db: DbSnapshot) => (indexOf(db, "author_email_key").unique = false),
      "author: unique index author_email_key is not unique",
    ],
    [
      "a @@unique over other columns",
      (db: DbSnapshot) =>
        (indexOf(db, "Post_author_id_published_at_key").columns = ["published_at", "author_id"]),
      "Post: unique index Post_author_id_published_at_key covers (published_at, author_id), schema.prisma says (author_id, published_at)",
    ],
    [
      "an @@index that is unique",
      (db: DbSnapshot) => (indexOf(db, "author_recent_idx").unique = true),
      "author: index author_recent_idx is unique, schema.prisma says not",
    ],
    [
      "an @@index sorted the other way",
      (db: DbSnapshot) => (indexOf(db, "author_recent_idx").descending = [false, false]),
      "author: index author_recent_idx sort order is (asc, asc), schema.prisma says (asc, desc)",
    ],
    [
      "an @@index with another method",
      (db: DbSnapshot) => (indexOf(db, "author_tags_idx").method = "btree"),
      "author: index author_tags_idx uses btree, schema.prisma says gin",
    ],
    [
      "an @@index under another name",
      (db: DbSnapshot) => (indexOf(db, "author_recent_idx").name = "recent"),
      "author: index author_recent_idx on (role, created_at) missing",
    ],
  ])("reports %s", (_name, change, message) => {
    expect(driftAfter(change)).toContain(message);
  });

  it("reports an index the schema does not declare", () => {
    const drift = driftAfter((db) =>
      db.indexes.push({
        table: "author",
        name: "author_born_idx",
        unique: false,
        primary: false,
        method: "btree",
        columns: ["born"],
        descending: [false],
      }),
    );
    expect(drift).toEqual([
      "author: index author_born_idx on (born) not declared in schema.prisma",
    ]);
  });

  it("reports a missing, misdirected or differently cascading foreign key, and an undeclared one", () => {
    expect(driftAfter((db) => (db.foreignKeys = []))).toEqual([
      "Post: foreign key (author_id) → author(id) missing",
    ]);
    expect(driftAfter((db) => (db.foreignKeys[0]!.onDelete = "Restrict"))).toEqual([
      "Post: foreign key (author_id) → author(id) is ON DELETE Restrict, schema.prisma says Cascade",
    ]);
    expect(driftAfter((db) => (db.foreignKeys[0]!.referencedTable = "editor"))).toEqual([
      "Post: foreign key (author_id) → author(id) references editor(id) instead",
    ]);
    const extra = {
      table: "author",
      name: "author_x_fkey",
      columns: ["born"],
      referencedTable: "Post",
      referencedColumns: ["id"],
      onDelete: "Restrict",
      onUpdate: "Cascade",
    };
    expect(driftAfter((db) => db.foreignKeys.push(extra))).toEqual([
      "author: foreign key author_x_fkey on (born) not declared in schema.prisma",
    ]);
  });

  it("expects Prisma's default referential actions when the schema names none", () => {
    const model = datamodel();
    delete model.models[1]!.fields[2]!.relationOnDelete;
    expect(compareSchema(model, database())).toEqual([
      "Post: foreign key (author_id) → author(id) is ON DELETE Cascade, schema.prisma says Restrict",
    ]);
  });

  it("reports enum types that are missing, differ in labels or order, or are not declared", () => {
    expect(driftAfter((db) => (db.enums = []))).toEqual(["enum Role: type missing"]);
    expect(driftAfter((db) => (db.enums[0]!.labels = ["editor", "WRITER"]))).toEqual([
      "enum Role: labels are (editor, WRITER), schema.prisma says (WRITER, editor)",
    ]);
    expect(driftAfter((db) => db.enums.push({ name: "Mood", labels: ["OK"] }))).toEqual([
      "enum Mood: type not declared in schema.prisma",
    ]);
  });

  it("says so instead of passing when it meets a type it does not know", () => {
    const model = datamodel();
    model.models[0]!.fields[8] = field({
      name: "profile",
      type: "Json",
      isRequired: false,
      nativeType: ["Geometry", []],
    });
    expect(compareSchema(model, database())).toEqual([
      "author.profile: type Geometry is not known to tests/support/schema-column-types.ts; teach it",
    ]);
  });
});

describe("defaultConstraintName", () => {
  it("follows Prisma's <table>_<columns>_<suffix> convention", () => {
    expect(defaultConstraintName("submission", ["id"], "pkey")).toBe("submission_pkey");
    expect(defaultConstraintName("submission", ["reference"], "key")).toBe(
      "submission_reference_key",
    );
    expect(defaultConstraintName("note", ["submission_id", "created_at"], "idx")).toBe(
      "note_submission_id_created_at_idx",
    );
    expect(defaultConstraintName("note", ["author_id"], "fkey")).toBe("note_author_id_fkey");
  });

  it("cuts long names to Postgres' 63 bytes while keeping the suffix", () => {
    const name = defaultConstraintName(
      "a_rather_long_table_name",
      ["with_a_long_column", "and_another_long_one"],
      "key",
    );
    expect(name).toHaveLength(63);
    expect(name).toBe("a_rather_long_table_name_with_a_long_column_and_another_lon_key");
  });
});
