/**
 * `npm run bench` (engine part): steps per second for a ten-step procedure
 * with a parallel block, in-process on one core, next to the same BPMN run
 * by the bpmn-engine package in the same run. A step is one command applied:
 * the submission or one task completion (11 per dossier), each one a full
 * JSON save and restore of the snapshot, as the store does.
 */
import { EventEmitter } from "node:events";
import { Engine } from "bpmn-engine";
import { parseBpmn } from "../bpmn/parse";
import { createCalendar } from "../calendar";
import { compile } from "../compile";
import { start, step, type Environment } from "../step";
import { BENCH_BPMN, TASKS } from "./procedure";

const ORG = {
  levels: ["city", "district", "commune"],
  units: [
    { code: "HN", name: "Hà Nội", level: "city" },
    { code: "HN-BD", name: "Ba Đình", level: "district", parent: "HN" },
    { code: "HN-BD-PX", name: "Phúc Xá", level: "commune", parent: "HN-BD" },
  ],
};

export interface EngineBenchResult {
  dossiers: number;
  ours: { steps: number; seconds: number; stepsPerSecond: number };
  bpmnEngine: { steps: number; seconds: number; stepsPerSecond: number };
  ratio: number;
}

export async function ours(dossiers: number): Promise<{ steps: number; seconds: number }> {
  const parsed = await parseBpmn(BENCH_BPMN);
  if (!parsed.definitions) throw new Error("benchmark BPMN does not parse");
  const proc = compile(parsed.definitions);
  const env: Environment = {
    now: new Date("2026-03-02T02:00:00Z"),
    org: ORG,
    calendar: createCalendar(),
  };
  let steps = 0;
  const t0 = performance.now();
  for (let d = 0; d < dossiers; d++) {
    let r = start(proc, { jurisdiction: "HN-BD-PX", data: { n: d } }, env);
    steps++;
    for (const element of TASKS) {
      const stored = JSON.stringify(r.snapshot);
      const snapshot = JSON.parse(stored);
      const task = Object.values(
        snapshot.context.tasks as Record<string, { id: string; element: string }>,
      ).find((t) => t.element === element);
      if (!task) throw new Error(`task ${element} not open`);
      r = step(proc, snapshot, { type: "complete", task: task.id, data: {} }, env);
      steps++;
    }
    if (r.status !== "completed") throw new Error(`dossier ${d} did not complete: ${r.status}`);
  }
  return { steps, seconds: (performance.now() - t0) / 1000 };
}

async function bpmnEngine(dossiers: number): Promise<{ steps: number; seconds: number }> {
  let steps = 0;
  const t0 = performance.now();
  for (let d = 0; d < dossiers; d++) {
    const engine = new Engine({ name: `bench-${d}`, source: BENCH_BPMN });
    const listener = new EventEmitter();
    listener.on("activity.wait", (api: { type: string; signal: () => void }) => {
      if (api.type === "bpmn:UserTask") {
        steps++;
        api.signal();
      }
    });
    const ended = new Promise<void>((resolve, reject) => {
      engine.once("end", () => resolve());
      engine.once("error", reject);
    });
    steps++;
    await engine.execute({ listener });
    await ended;
  }
  return { steps, seconds: (performance.now() - t0) / 1000 };
}

/** Median of three measured rounds, after a warm-up, so one noisy round does not decide the figure. */
async function median(
  run: () => Promise<{ steps: number; seconds: number }>,
): Promise<{ steps: number; seconds: number; stepsPerSecond: number }> {
  const rounds = [];
  for (let i = 0; i < 3; i++) {
    const r = await run();
    rounds.push({ ...r, stepsPerSecond: Math.round(r.steps / r.seconds) });
  }
  rounds.sort((a, b) => a.stepsPerSecond - b.stepsPerSecond);
  return rounds[1] as (typeof rounds)[number];
}

export async function runEngineBench(dossiers = 2000): Promise<EngineBenchResult> {
  // Each is warmed up right before it is measured (so the JIT is not what is
  // measured), ours first: bpmn-engine leaves a heap the collector then works on.
  await ours(Math.max(500, Math.round(dossiers / 2)));
  const o = await median(() => ours(dossiers));
  await bpmnEngine(50);
  const e = await median(() => bpmnEngine(Math.max(100, Math.round(dossiers / 8))));
  return {
    dossiers,
    ours: o,
    bpmnEngine: e,
    ratio: Math.round((o.stepsPerSecond / e.stepsPerSecond) * 10) / 10,
  };
}
