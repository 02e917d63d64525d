import type { EngineContext, IncidentRecord, MachineInput, PauseRecord } from "./types";

/** The context a machine starts with. */
export function initialContext(input: MachineInput): EngineContext {
  return {
    process: input.process,
    jurisdiction: input.jurisdiction,
    vars: { ...input.vars },
    now: input.now,
    tick: input.tick ?? 0,
    depth: input.depth ?? 0,
    seq: 0,
    tasks: {},
    timers: {},
    subs: {},
    children: {},
    mi: {},
    active: {},
    history: [],
    pauses: [],
    incidents: [],
    outbox: [],
  };
}

/** Removes every entry of `record` whose value matches. Returns the same object when nothing matched. */
export function without<T>(
  record: Record<string, T>,
  drop: (v: T, key: string) => boolean,
): Record<string, T> {
  let out: Record<string, T> | null = null;
  for (const [k, v] of Object.entries(record)) {
    if (drop(v, k)) {
      out ??= { ...record };
      delete out[k];
    }
  }
  return out ?? record;
}

export function closePauses(pauses: PauseRecord[], element: string, now: string): PauseRecord[] {
  if (!pauses.some((p) => p.element === element && !p.to)) return pauses;
  return pauses.map((p) => (p.element === element && !p.to ? { ...p, to: now } : p));
}

export function addIncident(
  ctx: EngineContext,
  element: string | null,
  message: string,
): Pick<EngineContext, "incidents" | "outbox" | "seq"> {
  const seq = ctx.seq + 1;
  const incident: IncidentRecord = { id: `incident#${seq}`, element, message, at: ctx.now };
  return {
    seq,
    incidents: [...ctx.incidents, incident],
    outbox: [...ctx.outbox, { kind: "incident", element, message }],
  };
}

/** Sets `a.b.c` in a copy of `vars`; plain names are the common case. */
export function setVariable(
  vars: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const parts = path.split(".");
  if (parts.some((p) => p === "__proto__" || p === "constructor" || p === "prototype")) return vars;
  const out = { ...vars };
  let cursor: Record<string, unknown> = out;
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1) {
      cursor[part] = value;
    } else {
      const next = cursor[part];
      const copy =
        next && typeof next === "object" && !Array.isArray(next)
          ? { ...(next as Record<string, unknown>) }
          : {};
      cursor[part] = copy;
      cursor = copy;
    }
  }
  return out;
}
