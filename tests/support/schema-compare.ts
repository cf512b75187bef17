// Compares Prisma's view of schema.prisma (its DMMF) with a snapshot of a Postgres database and
// lists every difference in words. Pure, so tests/unit/schema-compare.test.ts can prove it notices
// drift with hand-made models; tests/integration/schema-drift.test.ts runs it on the real thing.
//
// Not covered: fields of type Unsupported(...) (the DMMF leaves them out) and default *values*
// (only whether a database default exists is compared; SQL renders the values too freely).

import { actualType, describeType, expectedType, expectsDbDefault } from "./schema-column-types";
import type { Datamodel, DbForeignKey, DbSnapshot, DmmfField, DmmfModel } from "./schema-types";

export type * from "./schema-types";

/** Tables the schema does not declare but the database legitimately has. */
export const BOOKKEEPING_TABLES = ["_prisma_migrations"];
const PG_IDENTIFIER_BYTES = 63;

/** Prisma's default constraint name: "<table>_<columns>" cut to fit Postgres' 63 bytes, then the suffix. */
export function defaultConstraintName(
  table: string,
  columns: string[],
  suffix: "pkey" | "key" | "idx" | "fkey",
): string {
  const base = suffix === "pkey" ? table : [table, ...columns].join("_");
  const room = PG_IDENTIFIER_BYTES - suffix.length - 1;
  let cut = base;
  while (Buffer.byteLength(cut) > room) cut = cut.slice(0, -1);
  return `${cut}_${suffix}`;
}

function columnOf(field: DmmfField): string {
  return field.dbName ?? field.name;
}

function tableOf(model: DmmfModel): string {
  return model.dbName ?? model.name;
}

const list = (columns: string[]) => `(${columns.join(", ")})`;
const sameList = <T>(a: T[], b: T[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function compareColumns(
  datamodel: Datamodel,
  model: DmmfModel,
  db: DbSnapshot,
  out: string[],
): void {
  const table = tableOf(model);
  const columns = db.columns.filter((c) => c.table === table);
  const declared = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
  for (const field of declared) {
    const where = `${table}.${columnOf(field)}`;
    const column = columns.find((c) => c.name === columnOf(field));
    if (!column) {
      out.push(`${where}: column missing (${model.name}.${field.name} in schema.prisma)`);
      continue;
    }
    const expected = expectedType(datamodel, field);
    if (typeof expected === "string") out.push(`${where}: ${expected}`);
    else if (describeType(expected) !== describeType(actualType(column)))
      out.push(
        `${where}: type is ${describeType(actualType(column))}, schema.prisma says ${describeType(expected)}`,
      );
    // Prisma creates scalar lists without NOT NULL, whatever the field's optionality.
    const nullable = field.isList || !field.isRequired;
    if (column.nullable !== nullable)
      out.push(
        `${where}: column is ${column.nullable ? "nullable" : "NOT NULL"}, schema.prisma says ${nullable ? "nullable" : "NOT NULL"}`,
      );
    const wantsDefault = expectsDbDefault(field);
    if (wantsDefault !== undefined && wantsDefault !== column.hasDefault)
      out.push(
        `${where}: ${column.hasDefault ? "has a database default" : "has no database default"}, schema.prisma ${wantsDefault ? "declares one" : "declares none"}`,
      );
  }
  for (const column of columns)
    if (!declared.some((f) => columnOf(f) === column.name))
      out.push(`${table}.${column.name}: column not declared in schema.prisma`);
}

function compareIndexes(
  datamodel: Datamodel,
  model: DmmfModel,
  db: DbSnapshot,
  out: string[],
): void {
  const table = tableOf(model);
  const indexes = db.indexes.filter((i) => i.table === table);
  const expectedNames = new Set<string>();
  for (const index of datamodel.indexes.filter((i) => i.model === model.name)) {
    const fields = index.fields.map((f) => model.fields.find((mf) => mf.name === f.name));
    const columns = fields.map((f, i) => (f ? columnOf(f) : `?${index.fields[i]?.name}`));
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? defaultConstraintName(table, columns, suffix);
    expectedNames.add(name);
    const kind =
      index.type === "id" ? "primary key" : index.type === "unique" ? "unique index" : "index";
    const actual = indexes.find((i) => i.name === name);
    if (!actual) {
      out.push(`${table}: ${kind} ${name} on ${list(columns)} missing`);
      continue;
    }
    const where = `${table}: ${kind} ${name}`;
    if (index.type === "id" && !actual.primary) out.push(`${where} is not the primary key`);
    if (index.type !== "normal" && !actual.unique) out.push(`${where} is not unique`);
    if (index.type === "normal" && actual.unique)
      out.push(`${where} is unique, schema.prisma says not`);
    if (!sameList(actual.columns, columns))
      out.push(`${where} covers ${list(actual.columns)}, schema.prisma says ${list(columns)}`);
    const descending = index.fields.map((f) => f.sortOrder === "desc");
    if (sameList(actual.columns, columns) && !sameList(actual.descending, descending))
      out.push(
        `${where} sort order is ${list(actual.descending.map((d) => (d ? "desc" : "asc")))}, schema.prisma says ${list(descending.map((d) => (d ? "desc" : "asc")))}`,
      );
    const method = (index.algorithm ?? "BTree").toLowerCase();
    if (actual.method !== method)
      out.push(`${where} uses ${actual.method}, schema.prisma says ${method}`);
  }
  for (const index of indexes)
    if (!expectedNames.has(index.name))
      out.push(
        `${table}: index ${index.name} on ${list(index.columns)} not declared in schema.prisma`,
      );
}

function compareForeignKeys(
  datamodel: Datamodel,
  model: DmmfModel,
  db: DbSnapshot,
  out: string[],
): void {
  const table = tableOf(model);
  const foreignKeys = db.foreignKeys.filter((fk) => fk.table === table);
  const matched = new Set<DbForeignKey>();
  for (const relation of model.fields.filter(
    (f) => f.kind === "object" && f.relationFromFields?.length,
  )) {
    const target = datamodel.models.find((m) => m.name === relation.type);
    const from = (relation.relationFromFields ?? []).map((n) =>
      model.fields.find((f) => f.name === n),
    );
    const columns = from.map((f) => (f ? columnOf(f) : "?"));
    const referencedColumns = (relation.relationToFields ?? []).map((n) => {
      const f = target?.fields.find((tf) => tf.name === n);
      return f ? columnOf(f) : "?";
    });
    const referencedTable = target ? tableOf(target) : relation.type;
    const where = `${table}: foreign key ${list(columns)} → ${referencedTable}${list(referencedColumns)}`;
    const actual = foreignKeys.find((fk) => sameList(fk.columns, columns));
    if (!actual) {
      out.push(`${where} missing`);
      continue;
    }
    matched.add(actual);
    if (
      actual.referencedTable !== referencedTable ||
      !sameList(actual.referencedColumns, referencedColumns)
    )
      out.push(
        `${where} references ${actual.referencedTable}${list(actual.referencedColumns)} instead`,
      );
    // Prisma's documented defaults: Restrict (SetNull when optional) on delete, Cascade on update.
    const optional = from.some((f) => f && !f.isRequired);
    const onDelete = relation.relationOnDelete ?? (optional ? "SetNull" : "Restrict");
    const onUpdate = relation.relationOnUpdate ?? "Cascade";
    if (actual.onDelete !== onDelete)
      out.push(`${where} is ON DELETE ${actual.onDelete}, schema.prisma says ${onDelete}`);
    if (actual.onUpdate !== onUpdate)
      out.push(`${where} is ON UPDATE ${actual.onUpdate}, schema.prisma says ${onUpdate}`);
  }
  for (const fk of foreignKeys)
    if (!matched.has(fk))
      out.push(
        `${table}: foreign key ${fk.name} on ${list(fk.columns)} not declared in schema.prisma`,
      );
}

function compareEnums(datamodel: Datamodel, db: DbSnapshot, out: string[]): void {
  for (const e of datamodel.enums) {
    const name = e.dbName ?? e.name;
    const labels = e.values.map((v) => v.dbName ?? v.name);
    const actual = db.enums.find((d) => d.name === name);
    if (!actual) out.push(`enum ${name}: type missing`);
    else if (!sameList(actual.labels, labels))
      out.push(
        `enum ${name}: labels are ${list(actual.labels)}, schema.prisma says ${list(labels)}`,
      );
  }
  for (const actual of db.enums)
    if (!datamodel.enums.some((e) => (e.dbName ?? e.name) === actual.name))
      out.push(`enum ${actual.name}: type not declared in schema.prisma`);
}

/** Every way the database differs from the schema, one sentence each; empty when they agree. */
export function compareSchema(datamodel: Datamodel, db: DbSnapshot): string[] {
  const out: string[] = [];
  for (const model of datamodel.models) {
    if (!db.tables.includes(tableOf(model))) {
      out.push(`${tableOf(model)}: table missing (model ${model.name})`);
      continue;
    }
    compareColumns(datamodel, model, db, out);
    compareIndexes(datamodel, model, db, out);
    compareForeignKeys(datamodel, model, db, out);
  }
  for (const table of db.tables)
    if (!BOOKKEEPING_TABLES.includes(table) && !datamodel.models.some((m) => tableOf(m) === table))
      out.push(`${table}: table not declared in schema.prisma`);
  compareEnums(datamodel, db, out);
  return out;
}
