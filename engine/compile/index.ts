/**
 * `compile(definitions)`: a procedure's BPMN model → xstate v5 machines.
 * The root machine runs the procedure; called processes, multi-instance
 * bodies and spawned paths are child machines built once, up front, so a
 * model that cannot compile fails here and never in the middle of a step.
 */
import type { AnyStateMachine } from "xstate";
import type { Definitions, FlowNode, FormSchema, ProcessModel } from "../model/types";
import { CompileError } from "./errors";
import { buildMachine } from "./machine";
import type { Registry } from "./unit";

export { CompileError };

export interface ProcedureMeta {
  processId: string;
  name: string;
  code: string | null;
  level: number | null;
  sla: number | null;
  /** Fee in VND; null when the model sets none (0 = free). */
  fee: number | null;
  startFormId: string | null;
  /** The process `tier` property, else the tier of the first user task reached: who owns the procedure. */
  tier: string | null;
}

export interface CompiledProcedure {
  meta: ProcedureMeta;
  model: ProcessModel;
  registry: Registry;
  root: AnyStateMachine;
}

export interface CompileOptions {
  forms?: Record<string, FormSchema>;
  /** Processes call activities may call, by process id (e.g. from sibling files). */
  processes?: Record<string, ProcessModel>;
  /** Which process of the file to run; defaults to the first executable one. */
  processId?: string;
}

export function compile(definitions: Definitions, options: CompileOptions = {}): CompiledProcedure {
  const model =
    (options.processId
      ? definitions.processes.find((p) => p.id === options.processId)
      : undefined) ??
    definitions.processes.find((p) => p.isExecutable) ??
    definitions.processes[0];
  if (!model) throw new CompileError(null, "the file has no process");
  const processes: Record<string, ProcessModel> = { ...(options.processes ?? {}) };
  for (const p of definitions.processes) processes[p.id] = p;
  const cache = new Map<string, AnyStateMachine>();
  const registry: Registry = {
    processes,
    definitions,
    forms: options.forms ?? {},
    machine(key: string) {
      let m = cache.get(key);
      if (!m) {
        m = buildMachine(registry, key, model.id);
        cache.set(key, m);
      }
      return m;
    },
  };
  const root = registry.machine("root");
  prebuildChildren(registry, model, new Set([model.id]));
  return { meta: metaOf(model), model, registry, root };
}

/** Builds every child machine a run may need, following call activities into other processes. */
function prebuildChildren(registry: Registry, model: ProcessModel, visited: Set<string>): void {
  for (const n of Object.values(model.nodes)) {
    if (n.type === "callActivity") {
      const pid = n.calledElement ?? "";
      if (!registry.processes[pid])
        throw new CompileError(n.id, `called process ${pid || "(none)"} not found`);
      registry.machine(`call:${pid}`);
      if (!visited.has(pid)) {
        visited.add(pid);
        prebuildChildren(registry, registry.processes[pid] as ProcessModel, visited);
      }
    }
    if (n.type === "subProcess" && n.multiInstance) registry.machine(`body:${n.id}`);
    if (n.type === "boundaryEvent" && n.cancelActivity === false) registry.machine(`frag:${n.id}`);
    if (n.type === "startEvent" && n.isInterrupting === false) {
      const esp = model.nodes[n.parent];
      if (esp?.triggeredByEvent) registry.machine(`body:${esp.id}`);
    }
  }
}

function num(v: string | undefined): number | null {
  if (v === undefined || v.trim() === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** What the catalogue and a run need to know of a procedure (DESIGN.md §2 process properties). */
export function metaOf(model: ProcessModel): ProcedureMeta {
  const starts = Object.values(model.nodes).filter(
    (n) => n.type === "startEvent" && n.parent === model.id,
  );
  const start = starts.find((s) => !s.event || s.event.kind === "none") ?? starts[0];
  return {
    processId: model.id,
    name: (model.name ?? model.id).normalize("NFC"),
    code: model.properties.code?.trim() || null,
    level: num(model.properties.level),
    sla: num(model.properties.sla),
    fee: num(model.properties.fee),
    startFormId: start?.formId ?? null,
    tier: model.properties.tier?.trim() || firstTier(model, starts),
  };
}

/** The tier of the first user task reached from the start events (a subprocess's own tasks first), else the first in the file. */
function firstTier(model: ProcessModel, starts: FlowNode[]): string | null {
  const seen = new Set<string>();
  const search = (from: string[]): FlowNode | null => {
    const queue = [...from];
    while (queue.length) {
      const id = queue.shift() as string;
      const n = model.nodes[id];
      if (!n || seen.has(id)) continue;
      seen.add(id);
      if (n.type === "userTask") return n;
      if (n.type === "subProcess") {
        const inner = (model.scopes[n.id]?.children ?? []).filter(
          (c) => model.nodes[c]?.type === "startEvent",
        );
        const found = search(inner);
        if (found) return found;
      }
      for (const f of n.outgoing) {
        const t = model.flows[f]?.targetRef;
        if (t) queue.push(t);
      }
    }
    return null;
  };
  const first =
    search(starts.map((s) => s.id)) ??
    Object.values(model.nodes).find((n) => n.type === "userTask");
  return first?.properties.tier ?? null;
}
