import { describe, expect, it } from "vitest";
import { isHidden, isLocked } from "./feel-scope";

// A scope that must not be built: building it copies the whole process context.
const unbuilt = {
  get scope(): Record<string, unknown> {
    throw new Error("scope built for a field without FEEL");
  },
};

describe("feel-scope", () => {
  it("decides static readonly, disabled and hide without building the FEEL scope", () => {
    expect(isLocked({ readonly: true }, unbuilt)).toBe(true);
    expect(isLocked({ disabled: true }, unbuilt)).toBe(true);
    expect(isLocked({}, unbuilt)).toBe(false);
    expect(isHidden({ conditional: { hide: "" } }, unbuilt)).toBe(false);
    expect(isHidden({}, unbuilt)).toBe(false);
  });

  it("evaluates FEEL readonly and hide on the scope", () => {
    const env = { scope: { a: 2 } };
    expect(isLocked({ readonly: "=a > 1" }, env)).toBe(true);
    expect(isHidden({ conditional: { hide: "=a < 1" } }, env)).toBe(false);
  });
});
