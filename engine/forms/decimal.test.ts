import { describe, expect, it } from "vitest";
import { countDecimals, offStep, plain } from "./decimal";
import { looksSlow, matchesPattern } from "./regex";

describe("decimal", () => {
  it.each([
    [1e21, "1000000000000000000000"],
    [1e-7, "0.0000001"],
    [-2.5e-3, "-0.0025"],
    [1.5e2, "150"],
  ])("plain(%d) = %s", (n, text) => expect(plain(n)).toBe(text));

  it.each([
    ["1.2300", 2],
    ["10", 0],
    [0.1, 1],
    [1e-7, 7],
  ] as const)("countDecimals(%s) = %d", (v, n) => expect(countDecimals(v)).toBe(n));

  it.each([
    [0.3, 0.1, null],
    ["1.15", "0.05", null],
    [12, 5, { prev: "10", next: "15" }],
    [-7, 5, { prev: "-5", next: "0" }],
    ["0.35", "0.1", { prev: "0.3", next: "0.4" }],
  ] as const)("offStep(%s, %s)", (v, s, expected) => expect(offStep(v, s)).toEqual(expected));
});

describe("regex", () => {
  it.each([
    ["^(a+)+$", true],
    ["(\\w*x?)*", true],
    ["^\\d{12}$", false],
    ["^[(a+)+]$", false],
    ["(a)\\1", true],
  ])("looksSlow(%s) = %s", (p, slow) => expect(looksSlow(p)).toBe(slow));

  it("matches like RegExp.test, lookaround falling back to the bounded native engine", () => {
    expect(matchesPattern("\\d", "ab1")).toBe(true);
    expect(matchesPattern("^(?!0)\\d+$", "123")).toBe(true);
    expect(matchesPattern("^(?!0)\\d+$", "0123")).toBe(false);
    expect(matchesPattern("^(?!0)\\d+$", "1".repeat(501))).toBe(false);
    expect(matchesPattern("(", "(")).toBe(false);
  });
});
