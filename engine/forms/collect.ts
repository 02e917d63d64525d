/**
 * Pass 1: read every known field out of the submission into a candidate tree
 * of normalised values — unknown keys never enter it. Values the citizen may
 * not change (disabled, readonly) and values not sent fall back to the
 * initial value (process variable), then `defaultValue`, then form-js's empty
 * value. Hide conditions (pass 2) are evaluated on this tree, as form-js
 * evaluates them on its unfiltered state.
 */
import type { FormComponent } from "../model/types";
import { feelScope, isLocked, type Frame } from "./feel-scope";
import { FIELD_TYPES } from "./fields/index";
import { compute } from "./fields/expression";
import { asComponent, childrenOf } from "./component";
import { LIMITS } from "./limits";
import { getPath, isRecord, joinPath, setPath, splitPath } from "./paths";
import type { FieldEnv, FieldType, Issue } from "./types";

export interface RunState {
  context: Record<string, unknown>;
  candidate: Record<string, unknown>;
  now?: Date;
  utcOffsetMinutes: number;
  /** Type errors by error path; reported in pass 2 only if the field is visible. */
  typeErrors: Map<string, Issue>;
  /** Error paths of disabled/readonly fields: kept as is, not validated. */
  locked: Set<string>;
  /** Expression fields, computed once the candidate is complete. */
  pending: {
    field: FormComponent;
    segments: string[];
    target: Record<string, unknown>;
    frame: Frame;
  }[];
}

/** The FEEL variables and other inputs a field sees. */
export function envAt(st: RunState, frame: Frame): FieldEnv {
  // Built on first use only: most fields have no FEEL, and copying the whole context
  // for each of them was the costliest part of a submission's validation. Callers read
  // it before they change the candidate, so it is the scope as of this call.
  let scope: Record<string, unknown> | undefined;
  const env: FieldEnv = {
    get scope() {
      return (scope ??= feelScope([st.context, st.candidate], frame));
    },
    context: st.context,
    utcOffsetMinutes: st.utcOffsetMinutes,
  };
  if (st.now) env.now = st.now;
  return env;
}

function initialValue(def: FieldType, field: FormComponent, init: unknown, env: FieldEnv): unknown {
  for (const source of [init, field.defaultValue]) {
    if (source === undefined) continue;
    const n = def.normalize(source, field, env);
    if (n.ok) return n.value;
  }
  return def.empty;
}

interface Where {
  raw: unknown;
  init: unknown;
  target: Record<string, unknown>;
  frame: Frame;
  prefix: string;
  depth: number;
}

function collectField(
  def: FieldType,
  field: FormComponent,
  segments: string[],
  w: Where,
  st: RunState,
): void {
  const path = joinPath(w.prefix, segments);
  if (def.type === "expression") {
    st.pending.push({ field, segments, target: w.target, frame: w.frame });
    return;
  }
  const env = envAt(st, w.frame);
  const raw = getPath(w.raw, segments);
  const init = getPath(w.init, segments);
  if (isLocked(field, env)) st.locked.add(path);
  if (st.locked.has(path) || raw === undefined) {
    setPath(w.target, segments, initialValue(def, field, init, env));
    return;
  }
  const n = def.normalize(raw, field, env);
  if (!n.ok) st.typeErrors.set(path, n.issue);
  setPath(w.target, segments, n.ok ? n.value : def.empty);
}

function collectList(field: FormComponent, segments: string[], w: Where, st: RunState): void {
  const path = joinPath(w.prefix, segments);
  const sent = getPath(w.raw, segments);
  const initList = getPath(w.init, segments);
  const list = sent === undefined ? initList : sent;
  const items: Record<string, unknown>[] = [];
  setPath(w.target, segments, items);
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) return void st.typeErrors.set(path, { code: "not-list" });
  if (list.length > LIMITS.listItems)
    return void st.typeErrors.set(path, { code: "max-items", params: { n: LIMITS.listItems } });
  list.forEach((rawItem: unknown, k) => {
    const item: Record<string, unknown> = {};
    items.push(item);
    if (!isRecord(rawItem)) return void st.typeErrors.set(`${path}[${k}]`, { code: "not-object" });
    const initItem = Array.isArray(initList) ? (initList[k] as unknown) : undefined;
    const frame: Frame = { thisData: item, parent: w.frame, i: [...w.frame.i, k + 1] };
    const where = {
      raw: rawItem,
      init: initItem,
      target: item,
      frame,
      prefix: `${path}[${k}]`,
      depth: w.depth + 1,
    };
    collectAll(childrenOf(field), where, st);
  });
}

/** Walks components in document order, filling `w.target`. */
export function collectAll(components: readonly unknown[], w: Where, st: RunState): void {
  if (w.depth > LIMITS.depth || !Array.isArray(components)) return;
  for (const item of components) {
    const c = asComponent(item);
    if (!c) continue;
    const def = FIELD_TYPES.get(c.type);
    if (def) {
      const segments = splitPath(c.key);
      if (segments) collectField(def, c, segments, w, st);
      continue;
    }
    if (c.type !== "group" && c.type !== "dynamiclist") continue;
    const segments = c.path ? splitPath(c.path) : [];
    if (!segments || (c.type === "dynamiclist" && segments.length === 0)) continue;
    if (c.type === "dynamiclist" && c.isRepeating !== false) {
      collectList(c, segments, w, st);
      continue;
    }
    const raw = segments.length ? getPath(w.raw, segments) : w.raw;
    if (raw !== undefined && raw !== null && !isRecord(raw))
      st.typeErrors.set(joinPath(w.prefix, segments), { code: "not-object" });
    const target = segments.length ? ensureObject(w.target, segments) : w.target;
    const init = segments.length ? getPath(w.init, segments) : w.init;
    const sub = {
      ...w,
      raw: isRecord(raw) ? raw : undefined,
      init,
      target,
      prefix: joinPath(w.prefix, segments),
      depth: w.depth + 1,
    };
    collectAll(childrenOf(c), sub, st);
  }
}

/** The object at a path, created when missing (two groups may share one path). */
export function ensureObject(
  root: Record<string, unknown>,
  segments: string[],
): Record<string, unknown> {
  const existing = getPath(root, segments);
  if (isRecord(existing)) return existing;
  setPath(root, segments, {});
  return getPath(root, segments) as Record<string, unknown>;
}

/** Computes expression fields in document order; each sees the ones before it. */
export function computePending(st: RunState): void {
  for (const p of st.pending)
    setPath(p.target, p.segments, compute(p.field, envAt(st, p.frame).scope));
}
