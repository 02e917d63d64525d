/**
 * `npm run bench`: the measured figures behind docs/benchmarks.md.
 * Engine part: steps per second for a ten-step procedure with a parallel
 * block, ours and bpmn-engine's in the same run (the ratio is the figure).
 * Store part (issue 4), when TEST_DATABASE_URL names a PostgreSQL server where
 * it may create databases: submissions and completions per second on
 * PostgreSQL and PGlite next to pgbench TPC-B, timer lag, inbox latency.
 * `--dossiers N` sets the engine size (default 2000); `--engine-only` skips the store.
 */
import { cpus } from "node:os";
import { runEngineBench } from "@/engine/bench/engine-bench";
import { dbEnv } from "@/db/env";
import { printStoreBench, runStoreBench } from "./bench-store";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

const dossiers = arg("dossiers", 2000);
console.log(
  `Một Cửa benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
);
console.log(
  `\nEngine: median of 3 rounds of ${dossiers} dossiers of a 10-step procedure with a parallel block (11 steps each), in-process, one core`,
);
const r = await runEngineBench(dossiers);
const row = (name: string, x: { steps: number; seconds: number; stepsPerSecond: number }) =>
  console.log(
    `  ${name.padEnd(12)} ${String(x.stepsPerSecond).padStart(8)} steps/s  (${x.steps} steps in ${x.seconds.toFixed(2)} s)`,
  );
row("Một Cửa", r.ours);
row("bpmn-engine", r.bpmnEngine);
console.log(`  ratio        ${r.ratio}× bpmn-engine (goal ≥ 5×; goal ≥ 20,000 steps/s)`);
console.log(`\n${JSON.stringify({ engine: r })}`);

const adminUrl = dbEnv().TEST_DATABASE_URL;
if (!process.argv.includes("--engine-only") && !adminUrl) {
  console.log(
    "\nStore: skipped — set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to measure it.",
  );
} else if (adminUrl && !process.argv.includes("--engine-only")) {
  console.log("\nStore (PostgreSQL at TEST_DATABASE_URL, and PGlite):");
  const store = await runStoreBench({ adminUrl });
  printStoreBench(store);
}
