/**
 * `validate.pattern` is designer input compiled at run time: a bad pattern is
 * a schema problem (checkFormSchema), never a crash. JavaScript regexes can
 * backtrack catastrophically (`^(a+)+$` on 30 characters stalls the server),
 * so patterns run on RE2 (re2js, linear time) whenever RE2 understands them;
 * only patterns with lookaround or backreferences fall back to the native
 * engine, on bounded input.
 */
import { RE2JS } from "re2js";

/** Longest value the native (backtracking) engine is run on; longer values fail the check. */
export const PATTERN_INPUT_LIMIT = 500;

const cache = new Map<string, RegExp | string>();
const re2Cache = new Map<string, RE2JS | null>();

/** The RE2 form of a pattern, or null when RE2 lacks its syntax (lookaround, backreferences). */
export function compileRe2(pattern: string): RE2JS | null {
  const hit = re2Cache.get(pattern);
  if (hit !== undefined) return hit;
  let compiled: RE2JS | null;
  try {
    compiled = RE2JS.compile(pattern);
  } catch {
    compiled = null;
  }
  if (re2Cache.size > 500) re2Cache.clear();
  re2Cache.set(pattern, compiled);
  return compiled;
}

/**
 * Whether `value` matches as form-js tests it (`new RegExp(pattern).test(value)`:
 * unanchored, no flags). A pattern JavaScript cannot compile never matches.
 */
export function matchesPattern(pattern: string, value: string): boolean {
  const native = compilePattern(pattern);
  if (typeof native === "string") return false;
  const re2 = compileRe2(pattern);
  if (re2) return re2.matcher(value).find();
  return value.length <= PATTERN_INPUT_LIMIT && native.test(value);
}

/** Compiles a pattern as form-js does (`new RegExp(pattern)`, no flags); a string is the syntax error. */
export function compilePattern(pattern: string): RegExp | string {
  const hit = cache.get(pattern);
  if (hit !== undefined) return hit;
  let compiled: RegExp | string;
  try {
    compiled = new RegExp(pattern);
  } catch (err) {
    compiled = err instanceof Error ? err.message : String(err);
  }
  if (cache.size > 500) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/**
 * Heuristic for star height > 1, e.g. `(a+)+` or `(\w*x?)*`: a group that
 * contains a quantifier and is itself quantified. Also flags backreferences.
 * A warning only — plenty of such patterns are harmless.
 */
export function looksSlow(pattern: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k];
    if (c === "\\") {
      if (/[1-9k]/.test(pattern[k + 1] ?? "")) return true;
      k++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") stack.push(false);
    else if (c === "*" || c === "+" || c === "{") {
      if (stack.length > 0) stack[stack.length - 1] = true;
    } else if (c === ")") {
      const innerQuantified = stack.pop() ?? false;
      const next = pattern[k + 1];
      const quantified = next === "*" || next === "+" || next === "{";
      if (innerQuantified && quantified) return true;
      if (innerQuantified && stack.length > 0) stack[stack.length - 1] = true;
    }
  }
  return false;
}
