/**
 * Remembered results of FEEL expressions. feelin parses an expression on
 * every evaluation (its parse depends on the variables' names), which was a
 * quarter of a task completion's CPU (docs/benchmarks.md "Store"). FEEL is
 * a pure function of the expression and the values of the names it uses, so
 * a result may be reused when those are the same — with three exceptions
 * that are never remembered:
 * - `now()` / `today()`: the result depends on the clock;
 * - variables whose names are not plain identifiers (`a+b`, `full name`):
 *   FEEL then parses the text differently depending on which names exist;
 * - results that are not primitives (a caller could change a shared list).
 */

/** Names a FEEL text may use: every identifier-like word (a superset; string contents included). */
const WORD = /[\p{L}_$?][\p{L}\p{N}_$]*/gu;
const PLAIN = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
const CLOCK = /\b(?:now|today)\s*\(/;
const MAX_ENTRIES = 5_000;
const MAX_KEY = 2_048;

const words = new Map<string, string[] | null>();
const results = new Map<string, string | number | boolean | null>();

function wordsOf(text: string): string[] | null {
  let w = words.get(text);
  if (w === undefined) {
    w = CLOCK.test(text) ? null : [...new Set(text.match(WORD) ?? [])];
    if (words.size >= MAX_ENTRIES) words.clear();
    words.set(text, w);
  }
  return w;
}

/** JSON of a value, or null when it has none (a cycle, a BigInt). */
function json(v: unknown): string | undefined | null {
  try {
    return JSON.stringify(v);
  } catch {
    return null;
  }
}

/** The key a result is remembered under, or null when it must be evaluated afresh. */
export function memoKey(text: string, variables: Record<string, unknown>): string | null {
  const used = wordsOf(text);
  if (used === null) return null;
  for (const k in variables) if (!PLAIN.test(k)) return null;
  let key = text;
  for (const w of used) {
    const v = Object.hasOwn(variables, w) ? json(variables[w]) : "";
    if (v === null) return null;
    key += `\u0000${v === undefined ? "u" : `=${v}`}`;
    if (key.length > MAX_KEY) return null;
  }
  return key;
}

export function recall(key: string): { value: unknown } | undefined {
  const v = results.get(key);
  return v === undefined ? undefined : { value: v };
}

export function remember(key: string, value: unknown): void {
  const primitive =
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean";
  if (!primitive) return;
  if (results.size >= MAX_ENTRIES) results.clear();
  results.set(key, value);
}
