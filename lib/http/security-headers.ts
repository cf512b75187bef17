// Every security header of the app, in one module: next.config.ts sets the fixed ones on every
// response (and the nonce-free policy on the prerendered pages); proxy.ts sets the per-request
// nonce policy on dynamically rendered pages and answers malformed URLs with the same headers.
// No server-only import: next.config.ts loads this at build and start.

/**
 * The pages prerendered at build time (`○` in `next build`'s output). Their HTML is the same for
 * everyone, so it cannot carry a per-request nonce. Every other page is rendered per request.
 */
export const STATIC_PAGES = ["/", "/learn", "/assessment", "/privacy"] as const;

export const isStaticPage = (pathname: string) =>
  (STATIC_PAGES as readonly string[]).includes(pathname);

/** Two years (the preload list asks for at least one), subdomains included. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** Sent on every response. */
export const baseHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  // No other window may keep a handle on ours, and no other origin may embed our responses.
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** JSON and redirects need no scripts or styles at all. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

type CspOptions = {
  /** A fresh random value per response: only scripts carrying it (and what they load) run. */
  nonce?: string;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  dev: boolean;
};

/**
 * The page policy. With a nonce: `'strict-dynamic'`, so only the framework's nonced scripts and
 * the chunks they load run — an injected <script> or inline handler does not. Without one (the
 * prerendered pages): `'self' 'unsafe-inline'`, because the App Router streams its payload as
 * inline <script> tags whose content is not known to a header set in advance (no hash can list
 * them); these pages show no user data, and `'self'` still keeps every other origin's scripts out.
 * Styles allow 'unsafe-inline' everywhere: React and Next write style attributes, which no nonce
 * can cover.
 */
export function contentSecurityPolicy({ nonce, dev }: CspOptions): string {
  const scripts = nonce
    ? [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'"]
    : ["'self'", "'unsafe-inline'"];
  if (dev) scripts.push("'unsafe-eval'");
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scripts,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    // The proof-of-work widget of the assessment solves in a Web Worker started from a blob: URL.
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** X-Forwarded-Proto saying https (the first value, when proxies chain). */
const HTTPS_FORWARDED_SOURCE = "https(?:\\s*,.*)?";
const HTTPS_FORWARDED = new RegExp(`^${HTTPS_FORWARDED_SOURCE}$`);

/** Did the request reach us over https (directly, or at the proxy in front)? */
export function cameOverHttps(forwardedProto: string | null, url?: URL): boolean {
  return url?.protocol === "https:" || HTTPS_FORWARDED.test(forwardedProto ?? "");
}

type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value?: string }[];
  headers: { key: string; value: string }[];
};

const list = (headers: Record<string, string>) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

/** next.config.ts `headers()`: what every response carries, and the static pages' policy. */
export function configHeaders(dev: boolean): HeaderRule[] {
  return [
    { source: "/:path*", headers: list(baseHeaders) },
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: HTTPS_FORWARDED_SOURCE }],
      headers: [{ key: "Strict-Transport-Security", value: HSTS }],
    },
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ...STATIC_PAGES.map((source) => ({
      source,
      headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) }],
    })),
  ];
}

/** The fixed headers, for a response proxy.ts writes itself. */
export function applyBaseHeaders(headers: Headers, https: boolean): Headers {
  for (const [key, value] of Object.entries(baseHeaders)) headers.set(key, value);
  if (https) headers.set("Strict-Transport-Security", HSTS);
  return headers;
}

/** A path Next's router would fail to decode (`/r/%ZZ`, a cut-off `%E0%A4`): answered 400. */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export const malformedUrlBody = {
  error: "malformed_url",
  message: "The address is not a valid URL.",
} as const;

/** Everything the 400 for a malformed path carries, whoever writes it (proxy.ts, npm start). */
export function malformedUrlHeaders(https: boolean): Record<string, string> {
  const headers = applyBaseHeaders(new Headers(), https);
  headers.set("Content-Security-Policy", API_CSP);
  headers.set("Content-Type", "application/json");
  headers.set("Cache-Control", "no-store");
  return Object.fromEntries(headers);
}
