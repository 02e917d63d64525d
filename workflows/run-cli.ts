/** Runs the engine's command line from its TypeScript source, as the catalogue tests' black box. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const WORKFLOWS = fileURLToPath(new URL(".", import.meta.url));
const ROOT = join(WORKFLOWS, "..");
const CLI = join(ROOT, "engine", "cli", "main.ts");

export function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", CLI, ...args],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
