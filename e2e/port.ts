/**
 * The port of the e2e production server (never the dev server's): 3210, or
 * `E2E_PORT` when two suites must run side by side on one machine.
 */
export const e2ePort = Number(process.env.E2E_PORT) || 3210;
