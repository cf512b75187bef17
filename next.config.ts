import type { NextConfig } from "next";
import { configHeaders } from "./lib/http/security-headers";

const replyPageHeaders = [
  { key: "Cache-Control", value: "no-store" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
];

const nextConfig: NextConfig = {
  // Lets benchmarks and tests build into their own folder without clobbering a dev server's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Staff search terms travel in the queue's query string and autosaved drafts in server-action
  // arguments: keep both out of the development server's request log.
  logging: { incomingRequests: { ignore: [/\/dashboard/] }, serverFunctions: false },
  reactStrictMode: true,
  // pg and the Prisma adapter are server-only Node packages; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  async headers() {
    return [
      // Security headers (lib/http/security-headers.ts); dynamic pages get their nonce policy
      // from proxy.ts.
      ...configHeaders(process.env.NODE_ENV === "development"),
      // The patient's reply pages: the token in the URL must not leak through caches, the Referer
      // header or search engines. Listed last so its Referrer-Policy overrides the site-wide one.
      { source: "/r/:path*", headers: replyPageHeaders },
    ];
  },
};

export default nextConfig;
