/**
 * What a citizen reads about a procedure, taken from its compiled model: the
 * steps in the order a dossier meets them, the documents the start form asks
 * for, and the optional process properties `field` (lĩnh vực), `legalBasis`
 * and `resultDelivery` (comma-separated `online`, `post`, `desk`).
 */
import type { CompiledProcedure } from "@/engine/compile";
import type { FlowNode, FormComponent, FormSchema, ProcessModel } from "@/engine/model/types";

export type StepKind = "task" | "payment" | "result" | "wait";

export interface ServiceStep {
  id: string;
  name: string;
  kind: StepKind;
  tier: string | null;
  /** This step's share of the statutory time, in working days. */
  sla: number | null;
}

export interface RequiredDocument {
  key: string;
  label: string;
  required: boolean;
  accept: string | null;
}

export type ResultDelivery = "online" | "post" | "desk";

export interface ServiceFacts {
  field: string | null;
  legalBasis: string | null;
  resultDelivery: ResultDelivery[];
  steps: ServiceStep[];
}

const DELIVERY = new Set<ResultDelivery>(["online", "post", "desk"]);

function stepOf(n: FlowNode): ServiceStep | null {
  const base = { id: n.id, name: (n.name ?? n.id).normalize("NFC") };
  const tier = n.properties.tier?.trim() || null;
  const sla = n.properties.sla !== undefined ? Number(n.properties.sla) : NaN;
  const share = Number.isFinite(sla) ? sla : null;
  if (n.type === "userTask") return { ...base, kind: "task", tier, sla: share };
  if (n.type === "serviceTask" && n.taskType === "payment")
    return { ...base, kind: "payment", tier, sla: null };
  if (n.type === "serviceTask" && n.taskType === "issue-result")
    return { ...base, kind: "result", tier, sla: null };
  if (n.type === "receiveTask") return { ...base, kind: "wait", tier, sla: null };
  return null;
}

/**
 * Steps reached from the start, breadth first along sequence flows (so the
 * main path comes before loops back); boundary escalations, which a citizen
 * never waits on, are left out. A subprocess contributes its own steps.
 */
export function stepsOf(model: ProcessModel): ServiceStep[] {
  const out: ServiceStep[] = [];
  const seen = new Set<string>();
  const queue = Object.values(model.nodes)
    .filter((n) => n.type === "startEvent" && n.parent === model.id)
    .map((n) => n.id);
  while (queue.length) {
    const id = queue.shift() as string;
    const n = model.nodes[id];
    if (!n || seen.has(id)) continue;
    seen.add(id);
    const step = stepOf(n);
    if (step) out.push(step);
    if (n.type === "subProcess") {
      for (const c of model.scopes[n.id]?.children ?? [])
        if (model.nodes[c]?.type === "startEvent") queue.push(c);
    }
    for (const f of n.outgoing) {
      const target = model.flows[f]?.targetRef;
      if (target) queue.push(target);
    }
  }
  return out;
}

export function factsOf(proc: CompiledProcedure): ServiceFacts {
  const p = proc.model.properties;
  const delivery = (p.resultDelivery ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is ResultDelivery => DELIVERY.has(s as ResultDelivery));
  return {
    field: p.field?.trim() || null,
    legalBasis: p.legalBasis?.trim() || null,
    resultDelivery: delivery,
    steps: stepsOf(proc.model),
  };
}

/** Every component of a form, groups and dynamic lists opened, in document order. */
export function flatComponents(components: readonly FormComponent[]): FormComponent[] {
  return components.flatMap((c) => [
    c,
    ...(Array.isArray(c.components) ? flatComponents(c.components as FormComponent[]) : []),
  ]);
}

/** The file fields of the start form: the documents to hand in. */
export function documentsOf(form: FormSchema | null): RequiredDocument[] {
  if (!form) return [];
  return flatComponents(form.components)
    .filter((c) => c.type === "filepicker" && typeof c.key === "string")
    .map((c) => ({
      key: String(c.key),
      label: typeof c.label === "string" ? c.label : String(c.key),
      required: (c.validate as { required?: unknown } | undefined)?.required === true,
      accept: typeof c.accept === "string" ? c.accept : null,
    }));
}
