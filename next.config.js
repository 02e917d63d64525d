// @ts-check
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Content-Security-Policy for every page. Next's App Router streams its data
 * in inline <script> tags, so script-src needs 'unsafe-inline' unless a nonce
 * is minted per request (a proxy, and no static pages): a later hardening
 * step. Everything else is same-origin only: fonts are self-hosted, nothing
 * is fetched from another host, and no one may frame us.
 * @param {boolean} dev
 */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    // Dev mode (React refresh, error overlay) evaluates code; production never does.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @param {boolean} dev */
function securityHeaders(dev) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** @type {(phase: string) => import("next").NextConfig} */
export default function nextConfig(phase) {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return withNextIntl({
    poweredByHeader: false,
    reactStrictMode: true,
    // PGlite (WASM + data files) and postgres.js must be loaded by Node at
    // run time, not bundled: bundled PGlite builds but 500s at run time.
    serverExternalPackages: ["@electric-sql/pglite", "postgres"],
    // `next dev` reached as 127.0.0.1 would otherwise block its client chunks.
    allowedDevOrigins: ["127.0.0.1"],
    turbopack: { resolveAlias: { "next-intl/config": "./i18n/request.ts" } },
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders(dev) }];
    },
  });
}
