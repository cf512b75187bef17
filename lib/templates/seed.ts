import { defaultTemplates } from "./defaults";

// The default reply templates are reference data the app needs before its first request. They are
// written by the migration runner (lib/migrate.ts), so reading the templates never writes.

const COLUMNS = [
  "key",
  "title",
  "likelihood",
  "benefits",
  "timeline",
  "considerations",
  "message",
] as const;

/** A statement inserting every missing default; existing (possibly edited) templates are kept. */
export function seedTemplatesStatement(): { text: string; values: string[] } {
  const rows = defaultTemplates.map((_, i) => {
    const params = COLUMNS.map((_, j) => `$${i * COLUMNS.length + j + 1}`);
    return `(${params.join(", ")}, now())`;
  });
  return {
    text: `INSERT INTO reply_template (${COLUMNS.join(", ")}, updated_at) VALUES ${rows.join(", ")}
           ON CONFLICT (key) DO NOTHING`,
    values: defaultTemplates.flatMap((t) => COLUMNS.map((c) => t[c])),
  };
}
