/**
 * FEEL, the only expression language a model may use (DESIGN.md §9).
 * A thin, typed wrapper over feelin: expressions are parsed to check them and
 * interpreted over plain data; nothing from a model is ever run as code.
 */
import { evaluate, parseExpression, unaryTest } from "feelin";
import { memoKey, recall, remember } from "./memo";

export type FeelVariables = Record<string, unknown>;

export interface FeelCheck {
  ok: boolean;
  /** Why it does not parse, with the character offset. */
  error?: string;
  position?: number;
}

/** Zeebe writes expressions as `=expr`; anything without `=` is a static value. */
export function isExpression(text: string): boolean {
  return text.trimStart().startsWith("=");
}

export function stripEquals(text: string): string {
  const t = text.trim();
  return t.startsWith("=") ? t.slice(1).trim() : t;
}

/** Parses a FEEL expression (leading `=` optional) and reports the first syntax error. */
export function checkFeel(text: string): FeelCheck {
  const source = stripEquals(text);
  if (source === "") return { ok: false, error: "empty expression", position: 0 };
  try {
    const tree = parseExpression(source, {}, undefined);
    let firstError: number | null = null;
    tree.iterate({
      enter(node) {
        if (firstError === null && node.type.isError) firstError = node.from;
      },
    });
    if (firstError !== null) {
      return {
        ok: false,
        error: `syntax error at character ${firstError + 1}`,
        position: firstError,
      };
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), position: 0 };
  }
}

export class FeelError extends Error {
  constructor(
    readonly expression: string,
    message: string,
  ) {
    super(message);
    this.name = "FeelError";
  }
}

/** Evaluates an expression; a missing variable yields null (FEEL semantics), a syntax error throws FeelError. */
export function evaluateFeel(text: string, variables: FeelVariables): unknown {
  const key = memoKey(text, variables);
  const known = key === null ? undefined : recall(key);
  if (known) return known.value;
  const source = stripEquals(text);
  let value: unknown;
  try {
    value = normalise(evaluate(source, variables).value);
  } catch (err) {
    throw new FeelError(text, err instanceof Error ? err.message : String(err));
  }
  if (key !== null) remember(key, value);
  return value;
}

/** A sequence-flow or completion condition: true only when the expression is exactly `true`. */
export function evaluateCondition(text: string, variables: FeelVariables): boolean {
  return evaluateFeel(text, variables) === true;
}

/** A value that may be static (`P3D`) or an expression (`=slaDuration`). */
export function resolveValue(text: string, variables: FeelVariables): unknown {
  return isExpression(text) ? evaluateFeel(text, variables) : text.trim();
}

/** FEEL unary tests (`> 5`, `"a","b"`) against an input value. */
export function testUnary(tests: string, input: unknown, variables: FeelVariables = {}): boolean {
  try {
    return unaryTest(tests, { ...variables, "?": input }).value === true;
  } catch (err) {
    throw new FeelError(tests, err instanceof Error ? err.message : String(err));
  }
}

/** feelin returns its own temporal/range objects; turn results into JSON-safe values. */
function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(normalise);
  if (value instanceof Date) return value.toISOString();
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) {
    const s = String(value);
    return s === "[object Object]" ? null : s;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = normalise(v);
  return out;
}
