import { describe, expect, it } from "vitest";
import en from "../../messages/portal/en.json";
import vi from "../../messages/portal/vi.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("the portal's message catalogues", () => {
  it("given vi and en, then both have the same keys and no empty message", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    for (const catalogue of [vi, en]) {
      const empty = keys(catalogue).filter((k) => {
        const v = k
          .split(".")
          .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogue);
        return typeof v !== "string" || v.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
