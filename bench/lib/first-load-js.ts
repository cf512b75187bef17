import { gzipSync } from "node:zlib";

// First-load JS of a page: every <script src> under /_next/static that its server-rendered HTML
// references (nomodule polyfills excluded: modern browsers skip them), each gzipped with zlib at
// level 9 and summed. Chunks fetched later (dynamic imports, navigations) are not first-load.

export const GZIP_LEVEL = 9;

export type Chunk = { src: string; bytes: number; gzipBytes: number };
export type PageJs = {
  path: string;
  status: number;
  chunks: Chunk[];
  bytes: number;
  gzipBytes: number;
};

const sizes = new Map<string, Promise<Omit<Chunk, "src">>>();

function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [, attributes = ""] of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (/\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
    const value = (src?.[1] ?? src?.[2])?.replaceAll("&amp;", "&");
    if (value && new URL(value, "http://x").pathname.startsWith("/_next/static/"))
      sources.add(value);
  }
  return [...sources];
}

function measure(url: string): Promise<Omit<Chunk, "src">> {
  let size = sizes.get(url);
  if (!size) {
    size = fetch(url, { signal: AbortSignal.timeout(15_000) }).then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      return { bytes: body.length, gzipBytes: gzipSync(body, { level: GZIP_LEVEL }).length };
    });
    sizes.set(url, size);
  }
  return size;
}

export async function firstLoadJs(origin: string, path: string): Promise<PageJs> {
  const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(15_000) });
  const html = await response.text();
  const chunks = await Promise.all(
    scriptSources(html).map(async (src) => ({
      src,
      ...(await measure(new URL(src, origin).toString())),
    })),
  );
  return {
    path,
    status: response.status,
    chunks,
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
  };
}

export const kb = (bytes: number): number => Number((bytes / 1024).toFixed(1));
