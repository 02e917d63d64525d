/** `npm run api:docs`: writes docs/api.md from the API's schemas (see app/_lib/api/markdown.ts). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { apiMarkdown } from "@/app/_lib/api/markdown";

const file = path.join(process.cwd(), "docs", "api.md");
writeFileSync(file, apiMarkdown());
console.log(`wrote ${file}`);
