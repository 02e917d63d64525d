/**
 * Pass 2: walk the form again over the candidate tree, drop what is hidden,
 * run each visible field's rules and copy its value to the output — so the
 * output holds only declared, visible fields.
 */
import type { FormComponent } from "../model/types";
import { envAt, type RunState } from "./collect";
import { isHidden, type Frame } from "./feel-scope";
import { FIELD_TYPES } from "./fields/index";
import { asComponent, childrenOf } from "./component";
import { LIMITS } from "./limits";
import { fieldMessage } from "./messages";
import { getPath, isRecord, joinPath, setPath, splitPath } from "./paths";
import { bound, validateOf } from "./rules";
import type { FieldError, Issue } from "./types";

export interface CheckState extends RunState {
  errors: FieldError[];
}

interface Where {
  cand: Record<string, unknown>;
  out: Record<string, unknown>;
  frame: Frame;
  prefix: string;
  depth: number;
}

function report(st: CheckState, field: string, issue: Issue, component?: FormComponent): void {
  if (st.errors.length >= LIMITS.errors) return;
  const label =
    component && typeof component.label === "string" && !component.label.startsWith("=")
      ? component.label
      : undefined;
  st.errors.push({ field, code: issue.code, ...fieldMessage(issue), ...(label ? { label } : {}) });
}

function checkList(c: FormComponent, segments: string[], w: Where, st: CheckState): void {
  const path = joinPath(w.prefix, segments);
  const typeError = st.typeErrors.get(path);
  if (typeError) return report(st, path, typeError, c);
  const items = getPath(w.cand, segments);
  const list = Array.isArray(items) ? (items as unknown[]) : [];
  const out: Record<string, unknown>[] = [];
  list.forEach((item, k) => {
    const itemPath = `${path}[${k}]`;
    const itemError = st.typeErrors.get(itemPath);
    const itemOut: Record<string, unknown> = {};
    out.push(itemOut);
    if (itemError || !isRecord(item))
      return report(st, itemPath, itemError ?? { code: "not-object" }, c);
    const frame: Frame = { thisData: item, parent: w.frame, i: [...w.frame.i, k + 1] };
    checkAll(
      childrenOf(c),
      { cand: item, out: itemOut, frame, prefix: itemPath, depth: w.depth + 1 },
      st,
    );
  });
  // `minItems` / `maxItems` are our extension: form-js has no bound on repetitions.
  const v = validateOf(c);
  const env = envAt(st, w.frame);
  const min = bound(v.minItems, env);
  const max = bound(v.maxItems, env);
  if (min !== undefined && list.length < min)
    report(st, path, { code: "min-items", params: { n: min } }, c);
  if (max !== undefined && list.length > max)
    report(st, path, { code: "max-items", params: { n: max } }, c);
  setPath(w.out, segments, out);
}

/** Walks components over the candidate, filling `w.out` and `st.errors`. */
export function checkAll(components: readonly unknown[], w: Where, st: CheckState): void {
  if (w.depth > LIMITS.depth || !Array.isArray(components)) return;
  // One scope for the frame's components: this pass reads the candidate and never changes
  // it, so every hide condition and rule here sees the same variables.
  const env = envAt(st, w.frame);
  for (const item of components) {
    const c = asComponent(item);
    if (!c) continue;
    if (isHidden(c, env)) continue;
    const def = FIELD_TYPES.get(c.type);
    if (def) {
      const segments = splitPath(c.key);
      if (!segments) continue;
      const path = joinPath(w.prefix, segments);
      const typeError = st.typeErrors.get(path);
      if (typeError) {
        report(st, path, typeError, c);
        continue;
      }
      const value = getPath(w.cand, segments);
      if (!st.locked.has(path))
        for (const issue of def.validate(value, c, env)) report(st, path, issue, c);
      setPath(w.out, segments, value);
      continue;
    }
    if (c.type !== "group" && c.type !== "dynamiclist") continue;
    const segments = c.path ? splitPath(c.path) : [];
    if (!segments || (c.type === "dynamiclist" && segments.length === 0)) continue;
    if (c.type === "dynamiclist" && c.isRepeating !== false) {
      checkList(c, segments, w, st);
      continue;
    }
    const path = joinPath(w.prefix, segments);
    const typeError = st.typeErrors.get(path);
    if (typeError) report(st, path, typeError, c);
    const cand = segments.length ? getPath(w.cand, segments) : w.cand;
    if (!isRecord(cand)) continue;
    const existing = segments.length ? getPath(w.out, segments) : w.out;
    const out = isRecord(existing) ? existing : {};
    checkAll(childrenOf(c), { ...w, cand, out, prefix: path, depth: w.depth + 1 }, st);
    // a group whose fields are all hidden leaves no empty object behind (form-js clears it too)
    if (!isRecord(existing) && Object.keys(out).length > 0) setPath(w.out, segments, out);
  }
}
