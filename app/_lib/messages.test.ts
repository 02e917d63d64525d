import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("given vi.json and en.json, then both have exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("given any message, then it is not empty", () => {
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
