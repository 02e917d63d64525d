import fc from "fast-check";
import { evaluate } from "feelin";
import { describe, expect, it } from "vitest";
import { evaluateFeel, stripEquals } from "./index";
import { memoKey } from "./memo";

describe("memoKey", () => {
  it.each([
    ["=now() > x", { x: 1 }],
    ["=today( ) = d", { d: "2026-01-01" }],
    ["=a + 1", { a: 1, "full name": "x" }],
    ["=a + 1", { a: 1, "a+b": 2 }],
  ])("never remembers %s over %j", (text, vars) => {
    expect(memoKey(text, vars)).toBeNull();
  });

  it("tells apart the values of the names used, and a missing name from null", () => {
    const keys = [
      memoKey("=a + b", { a: 1, b: 2 }),
      memoKey("=a + b", { a: 1, b: 3 }),
      memoKey("=a + b", { a: 1 }),
      memoKey("=a + b", { a: 1, b: null }),
      memoKey("=a + c", { a: 1, b: 2 }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    // names the expression does not use do not matter
    expect(memoKey("=a + b", { a: 1, b: 2, z: 9 })).toBe(keys[0]);
  });
});

describe("evaluateFeel with remembered results", () => {
  const expressions = [
    "=a + b",
    '=if a > b then "x" else "y"',
    '=decision = "approve"',
    '=a > 5 and decision != "refuse"',
    "=count(list) > 1",
    "=string length(s) < 4",
    "=list[1]",
    "=b",
  ];
  const value = fc.oneof(
    fc.integer({ min: -5, max: 10 }),
    fc.constantFrom("approve", "refuse", "", "xin chào"),
    fc.constant(null),
    fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
  );
  const vars = fc.record(
    { a: value, b: value, decision: value, list: value, s: value },
    { requiredKeys: [] },
  );

  it("gives what a fresh evaluation gives, first time and again", () => {
    fc.assert(
      fc.property(fc.constantFrom(...expressions), vars, (text, v) => {
        let fresh: unknown;
        try {
          fresh = evaluate(stripEquals(text), v).value ?? null;
        } catch {
          return; // a failing evaluation is never remembered
        }
        const first = evaluateFeel(text, v);
        const again = evaluateFeel(text, v);
        const plain = (x: unknown) => (x !== null && typeof x === "object" ? null : x);
        expect(plain(first)).toEqual(plain(fresh));
        expect(again).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });
});
