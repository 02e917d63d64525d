import { describe, expect, it } from "vitest";
import {
  checkFeel,
  evaluateCondition,
  evaluateFeel,
  FeelError,
  resolveValue,
  testUnary,
} from "./index";

describe("checkFeel", () => {
  it.each([
    ['=decision = "approve"', true],
    ["amount > 1000 and level = 4", true],
    ["=count(items) > 0", true],
    ["=x >", false],
    ["= (a", false],
    ["=", false],
  ])("%s → ok=%s", (expr, ok) => {
    expect(checkFeel(expr).ok).toBe(ok);
  });
});

describe("evaluate", () => {
  it("evaluates conditions over variables", () => {
    expect(evaluateCondition('=decision = "approve"', { decision: "approve" })).toBe(true);
    expect(evaluateCondition('=decision = "approve"', { decision: "reject" })).toBe(false);
  });
  it("treats a missing variable as null, so the condition is false", () => {
    expect(evaluateCondition("=amount > 5", {})).toBe(false);
  });
  it("returns JSON-safe values", () => {
    expect(evaluateFeel("=[1,2,3]", {})).toEqual([1, 2, 3]);
    expect(evaluateFeel('={a: 1, b: "x"}', {})).toEqual({ a: 1, b: "x" });
    expect(evaluateFeel('=duration("P3D")', {})).toBe("P3D");
  });
  it("throws a FeelError naming the expression on a syntax error", () => {
    expect(() => evaluateFeel("=x >", {})).toThrow(FeelError);
  });
  it("resolves static values and expressions", () => {
    expect(resolveValue("P3D", {})).toBe("P3D");
    expect(resolveValue("=d", { d: "PT2H" })).toBe("PT2H");
  });
  it("runs unary tests", () => {
    expect(testUnary("> 5", 6)).toBe(true);
    expect(testUnary('"a","b"', "c")).toBe(false);
  });
});
