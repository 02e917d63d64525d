/**
 * The whole database schema (DESIGN.md §4–5), one drizzle pg-core module per
 * area. drizzle-kit generates migrations from this file; `createDb` passes it
 * to drizzle so `db.query.*` is typed.
 */
export * from "./org";
export * from "./users";
export * from "./procedures";
export * from "./dossiers";
export * from "./tasks";
export * from "./history";
export * from "./jobs";
export * from "./files";
export * from "./support";
export * from "./auth";
export * from "./portal";
