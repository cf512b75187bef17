/** Prints rows as left-aligned, space-padded columns (the first row is the header). */
export function printTable(rows: (string | number)[][], indent = "  "): void {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) =>
    indent +
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  console.log(line(cells[0]!));
  console.log(indent + widths.map((w) => "─".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const mark = (ok: boolean | null): string => (ok === null ? "n/a" : ok ? "✓" : "✗");
