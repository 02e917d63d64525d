import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { nextCli, repoRoot } from "./paths";

// What the production build is made from. Tests, scenarios and migrations
// are read at run time or not at all, so they do not make a build stale.
const sourceDirs = ["app", "db", "engine", "workflows", "i18n", "messages", "types", "public"];
const sourceFiles = ["next.config.js", "package.json", "package-lock.json", "tsconfig.json"];
const skipDirs = new Set(["node_modules", "migrations", "scenarios", "__tests__"]);
const isTest = (name: string) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(name);

function newestMtime(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name)) newest = Math.max(newest, newestMtime(full));
    } else if (!isTest(entry.name)) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Why the production build must be (re)made, or null if `.next` is current. */
export function buildStaleReason(root = repoRoot): string | null {
  const built = mtime(path.join(root, ".next", "BUILD_ID"));
  if (built === 0) return "no production build yet";
  const newest = Math.max(
    ...sourceDirs.map((d) => newestMtime(path.join(root, d))),
    ...sourceFiles.map((f) => mtime(path.join(root, f))),
  );
  return newest > built ? "sources changed since the last build" : null;
}

/** Runs `next build` when the build is missing or stale. Throws if the build fails. */
export function buildIfStale(log: (line: string) => void = console.log): void {
  const reason = buildStaleReason();
  if (!reason) return;
  log(`Building the app (${reason})…`);
  const result = spawnSync(process.execPath, [nextCli, "build"], {
    cwd: repoRoot,
    stdio: "inherit",
    // Next would otherwise try to send telemetry to the internet.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0)
    throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
}
