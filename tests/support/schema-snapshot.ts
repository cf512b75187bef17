import type pg from "pg";
import type { DbColumn, DbEnum, DbForeignKey, DbIndex, DbSnapshot } from "./schema-types";

// Reads the public schema of a database from the catalogs, in the shape schema-compare.ts compares.
// Takes a client rather than a URL so a test can look at uncommitted changes inside a transaction.

const ACTIONS: Record<string, string> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

const TABLES = `
  SELECT table_name AS name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;

const COLUMNS = `
  SELECT c.table_name AS "table", c.column_name AS name, c.udt_name AS "udtName",
         c.is_nullable = 'YES' AS nullable, c.character_maximum_length AS "charMaxLength",
         c.datetime_precision AS "datetimePrecision", c.column_default IS NOT NULL AS "hasDefault"
  FROM information_schema.columns c
  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
  WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
  ORDER BY c.table_name, c.ordinal_position`;

// Key columns only (INCLUDE columns come after indnkeyatts); an expression shows as "(expression)".
const INDEXES = `
  SELECT t.relname AS "table", i.relname AS name, x.indisunique AS "unique", x.indisprimary AS "primary",
         am.amname AS method,
         ARRAY(SELECT COALESCE(a.attname::text, '(expression)')
               FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
               LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
               WHERE k.n <= x.indnkeyatts ORDER BY k.n) AS columns,
         ARRAY(SELECT (o.opt & 1) = 1
               FROM unnest(x.indoption::int2[]) WITH ORDINALITY AS o(opt, n)
               WHERE o.n <= x.indnkeyatts ORDER BY o.n) AS descending
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace ns ON ns.oid = t.relnamespace
  JOIN pg_am am ON am.oid = i.relam
  WHERE ns.nspname = 'public'
  ORDER BY 1, 2`;

const FOREIGN_KEYS = `
  SELECT src.relname AS "table", con.conname AS name, dst.relname AS "referencedTable",
         ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
         ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "referencedColumns",
         con.confdeltype::text AS "onDelete", con.confupdtype::text AS "onUpdate"
  FROM pg_constraint con
  JOIN pg_class src ON src.oid = con.conrelid
  JOIN pg_class dst ON dst.oid = con.confrelid
  JOIN pg_namespace ns ON ns.oid = src.relnamespace
  WHERE con.contype = 'f' AND ns.nspname = 'public'
  ORDER BY 1, 2`;

const ENUMS = `
  SELECT t.typname::text AS name, ARRAY_AGG(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
  FROM pg_type t
  JOIN pg_enum e ON e.enumtypid = t.oid
  JOIN pg_namespace ns ON ns.oid = t.typnamespace
  WHERE ns.nspname = 'public'
  GROUP BY t.typname ORDER BY 1`;

export async function readSnapshot(client: pg.ClientBase): Promise<DbSnapshot> {
  const tables = await client.query<{ name: string }>(TABLES);
  const columns = await client.query<DbColumn>(COLUMNS);
  const indexes = await client.query<DbIndex>(INDEXES);
  const foreignKeys = await client.query<DbForeignKey>(FOREIGN_KEYS);
  const enums = await client.query<DbEnum>(ENUMS);
  return {
    tables: tables.rows.map((r) => r.name),
    columns: columns.rows,
    indexes: indexes.rows,
    foreignKeys: foreignKeys.rows.map((fk) => ({
      ...fk,
      onDelete: ACTIONS[fk.onDelete] ?? fk.onDelete,
      onUpdate: ACTIONS[fk.onUpdate] ?? fk.onUpdate,
    })),
    enums: enums.rows,
  };
}
