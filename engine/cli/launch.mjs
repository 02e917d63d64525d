// `npm run -s engine -- …`: runs the command line from a bundle cached in
// node_modules/.cache, rebuilt with esbuild whenever an engine source is newer,
// so a call starts in a fraction of the time a TypeScript loader needs.
import { mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
import process from "node:process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const out = join(root, "node_modules/.cache/mot-cua/engine-cli.mjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(out).mtimeMs;
  } catch {
    return 0;
  }
}

if (
  builtAt() <
  Math.max(newestSource(join(root, "engine")), statSync(join(root, "package-lock.json")).mtimeMs)
) {
  const { build } = await import("esbuild");
  mkdirSync(dirname(out), { recursive: true });
  // Written aside and renamed: parallel runs never read a half-written bundle.
  const tmp = `${out}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, "engine/cli/main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: tmp,
    tsconfig: join(root, "tsconfig.json"),
    logLevel: "error",
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  renameSync(tmp, out);
}

await import(pathToFileURL(out).href);
