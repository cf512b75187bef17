// The two sides tests/support/schema-compare.ts compares: the part of Prisma's DMMF it reads, and a
// database snapshot as tests/support/schema-snapshot.ts reads it from the Postgres catalogs.

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};
export type DmmfEnum = {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName?: string | null }[];
};
export type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

export type DbColumn = {
  table: string;
  name: string;
  /** information_schema.columns.udt_name: "varchar", "timestamptz", "_text" (array), an enum's name… */
  udtName: string;
  nullable: boolean;
  charMaxLength: number | null;
  datetimePrecision: number | null;
  hasDefault: boolean;
};
export type DbIndex = {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  /** Access method: btree, gin, hash… */
  method: string;
  columns: string[];
  descending: boolean[];
};
/** Referential actions use Prisma's words: Cascade, Restrict, NoAction, SetNull, SetDefault. */
export type DbForeignKey = {
  table: string;
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};
export type DbEnum = { name: string; labels: string[] };
export type DbSnapshot = {
  tables: string[];
  columns: DbColumn[];
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
  enums: DbEnum[];
};
