/** The port of the e2e production server (never the dev server's). */
export const e2ePort = 3210;
