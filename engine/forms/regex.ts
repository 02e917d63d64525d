/**
 * `validate.pattern` is designer input compiled at run time: a bad pattern is
 * a schema problem (checkFormSchema), never a crash, and the input it runs on
 * is bounded because JavaScript regexes can backtrack catastrophically.
 */

/** Longest value a pattern is run on; longer values fail the check instead of risking a stall. */
export const PATTERN_INPUT_LIMIT = 2000;

const cache = new Map<string, RegExp | string>();

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
