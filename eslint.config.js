import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      ".next",
      ".data",
      "db/migrations",
      "test-results",
      "playwright-report",
      "next-env.d.ts",
      "*.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // engine/ is a pure library: no I/O, no framework, no database (STYLE.md §1).
    files: ["engine/**/*.ts"],
    ignores: ["engine/cli/**", "engine/**/*.test.ts", "engine/bench/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "child_process", "http", "https", "net", "os"],
              message: "engine/ is pure: no I/O.",
            },
            {
              group: ["next", "next/*", "react", "react-dom"],
              message: "engine/ must not depend on the web framework.",
            },
            {
              group: ["drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*"],
              message: "engine/ must not touch the database.",
            },
            {
              group: ["**/db/**", "**/app/**", "@/db/*", "@/app/*"],
              message: "engine/ never imports db/ or app/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/app/**", "@/app/*", "next", "next/*"],
              message: "db/ never imports app/ or Next.",
            },
          ],
        },
      ],
    },
  },
);
