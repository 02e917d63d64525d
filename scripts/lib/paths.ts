import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (scripts may be started from anywhere). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A binary from node_modules/.bin. */
export function bin(name: string): string {
  return path.join(repoRoot, "node_modules", ".bin", name);
}

/** The Next.js CLI entry, run with this Node. */
export const nextCli = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");
