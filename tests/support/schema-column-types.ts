// What column type, length and precision Prisma gives each field on PostgreSQL, and whether the
// column carries a database default, as prisma migrate would create them.
import type { Datamodel, DbColumn, DmmfField } from "./schema-types";

const DEFAULT_UDT: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Decimal: "numeric",
  Boolean: "bool",
  DateTime: "timestamp",
  Json: "jsonb",
  Bytes: "bytea",
};
const NATIVE_UDT: Record<string, string> = {
  Text: "text",
  VarChar: "varchar",
  Char: "bpchar",
  Uuid: "uuid",
  Citext: "citext",
  Inet: "inet",
  Xml: "xml",
  Bit: "bit",
  VarBit: "varbit",
  SmallInt: "int2",
  Integer: "int4",
  BigInt: "int8",
  Oid: "oid",
  Real: "float4",
  DoublePrecision: "float8",
  Decimal: "numeric",
  Money: "money",
  Boolean: "bool",
  Timestamp: "timestamp",
  Timestamptz: "timestamptz",
  Date: "date",
  Time: "time",
  Timetz: "timetz",
  Json: "json",
  JsonB: "jsonb",
  ByteA: "bytea",
};
const WITH_LENGTH = new Set(["varchar", "bpchar", "bit", "varbit"]);
const WITH_PRECISION = new Set(["timestamp", "timestamptz", "time", "timetz"]);
/** Defaults Prisma Client fills in itself: the database column has none. */
const CLIENT_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);

export type ExpectedType = { udt: string; length: number | null; precision: number | null };

function enumDbName(datamodel: Datamodel, name: string): string {
  return datamodel.enums.find((e) => e.name === name)?.dbName ?? name;
}

export function expectedType(datamodel: Datamodel, field: DmmfField): ExpectedType | string {
  if (field.kind === "enum") {
    const udt = enumDbName(datamodel, field.type);
    return field.isList
      ? { udt: `_${udt}`, length: null, precision: null }
      : { udt, length: null, precision: null };
  }
  const [native, args = []] = field.nativeType ?? [];
  const udt = native ? NATIVE_UDT[native] : DEFAULT_UDT[field.type];
  if (!udt)
    return `type ${native ?? field.type} is not known to tests/support/schema-column-types.ts; teach it`;
  if (field.isList) return { udt: `_${udt}`, length: null, precision: null };
  const arg = args[0] === undefined ? null : Number(args[0]);
  const length = WITH_LENGTH.has(udt)
    ? (arg ?? (udt === "bpchar" || udt === "bit" ? 1 : null))
    : null;
  // Prisma's own DateTime is TIMESTAMP(3); a native timestamp without precision is Postgres' 6.
  const precision = WITH_PRECISION.has(udt) ? (arg ?? (native ? 6 : 3)) : null;
  return { udt, length, precision };
}

export function describeType(t: ExpectedType): string {
  const size = t.length ?? t.precision;
  return size === null ? t.udt : `${t.udt}(${size})`;
}

export function actualType(column: DbColumn): ExpectedType {
  return {
    udt: column.udtName,
    length: WITH_LENGTH.has(column.udtName) ? column.charMaxLength : null,
    precision: WITH_PRECISION.has(column.udtName) ? column.datetimePrecision : null,
  };
}

/** Whether the column should carry a database default; undefined when the schema cannot say. */
export function expectsDbDefault(field: DmmfField): boolean | undefined {
  if (!field.hasDefaultValue) return false;
  const value = field.default;
  if (value && typeof value === "object" && !Array.isArray(value) && "name" in value) {
    const { name, args } = value as { name: string; args?: unknown[] };
    if (CLIENT_DEFAULTS.has(name)) return false;
    if (name === "dbgenerated" && (args?.length ?? 0) === 0) return undefined;
  }
  return true;
}
