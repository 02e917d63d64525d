/**
 * The ports of the e2e production servers (never the dev server's): 3210 for
 * the browser suite on PGlite, 3211 for the API black-box suite on
 * PostgreSQL, or `E2E_PORT` / `API_E2E_PORT` when suites must run side by
 * side on one machine.
 */
export const e2ePort = Number(process.env.E2E_PORT) || 3210;
export const apiE2ePort = Number(process.env.API_E2E_PORT) || 3211;

/** The first administrator of the API suite's empty database (test-only credentials). */
export const API_E2E_ADMIN = { username: "api-root", password: "api-root-password-1" };
