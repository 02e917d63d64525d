import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and committed (DESIGN.md §5):
//   npx drizzle-kit generate --name <what-changed>
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
