import pg from "pg";

/** A plain pg connection for assertions, independent of the Prisma client under test. */
export async function query<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  url = process.env.DATABASE_URL,
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function countSubmissions(): Promise<number> {
  const [row] = await query<{ n: string }>("SELECT count(*)::text AS n FROM submission");
  return Number(row?.n);
}
