/**
 * A small tagged template for the store's one-statement writes: fragments
 * nest, every other value becomes a `$n` parameter. drizzle's `sql` does the
 * same, but building and walking its chunks cost ~8 % of a command's CPU on
 * the hot path (docs/benchmarks.md "Store"); these statements need none of
 * its column or table mapping.
 */

export class Fragment {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** A SQL fragment; interpolated values are parameters, interpolated fragments are inlined. */
export function q(strings: TemplateStringsArray, ...values: unknown[]): Fragment {
  return new Fragment(strings, values);
}

/** Constant SQL text (never a value from outside: those are parameters). */
export function raw(text: string): Fragment {
  return new Fragment([text], []);
}

/** An empty fragment. */
export const empty = new Fragment([""], []);

/** Fragments joined by `separator` (plain SQL text). */
export function join(parts: readonly Fragment[], separator: string): Fragment {
  if (parts.length === 0) return empty;
  const strings = ["", ...Array.from({ length: parts.length - 1 }, () => separator), ""];
  return new Fragment(strings, parts);
}

/** The statement text with `$1…$n` and its parameters, in order. */
export function render(f: Fragment): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const out: string[] = [];
  const walk = (g: Fragment) => {
    for (let i = 0; i < g.values.length; i++) {
      out.push(g.strings[i]!);
      const v = g.values[i];
      if (v instanceof Fragment) walk(v);
      else {
        params.push(v === undefined ? null : v);
        out.push(`$${params.length}`);
      }
    }
    out.push(g.strings[g.values.length]!);
  };
  walk(f);
  return { text: out.join(""), params };
}
