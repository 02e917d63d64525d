import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { apiMarkdown } from "./markdown";

it("docs/api.md is what the schemas say (run `npm run api:docs` after changing the API)", () => {
  const kept = readFileSync(path.join(process.cwd(), "docs", "api.md"), "utf8");
  expect(kept).toBe(apiMarkdown());
});
