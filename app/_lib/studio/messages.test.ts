import { describe, expect, it } from "vitest";
import { emptyMessages, messageKeys } from "../catalogue-keys";
import en from "../../../messages/studio/en.json";
import vi from "../../../messages/studio/vi.json";
import bpmnVi from "../../../messages/studio/bpmn-vi.json";
import formVi from "../../../messages/studio/form-vi.json";
import simulationVi from "../../../messages/studio/simulation-vi.json";

describe("studio message catalogues", () => {
  it("given the studio's vi.json and en.json, then both have the same keys and no empty message", () => {
    expect(messageKeys(en).sort()).toEqual(messageKeys(vi).sort());
    for (const catalogue of [vi, en]) expect(emptyMessages(catalogue)).toEqual([]);
  });

  it("given the base catalogue's studio keys, then the studio catalogue does not shadow them", async () => {
    const base = (await import("../../../messages/vi.json")).default as {
      studio: Record<string, unknown>;
    };
    expect(Object.keys(vi).filter((k) => k in base.studio)).toEqual([]);
  });
});

describe("third-party string dictionaries", () => {
  it.each([
    ["bpmn-vi", bpmnVi],
    ["form-vi", formVi],
    ["simulation-vi", simulationVi],
  ])(
    "given %s, then every entry translates, keeps its placeholders and cannot be translated again",
    (_, dictionary: Record<string, string>) => {
      for (const [english, vietnamese] of Object.entries(dictionary)) {
        expect(vietnamese.trim(), english).not.toBe("");
        // The DOM translator rewrites a text that is a key; a value that is one would loop.
        expect(vietnamese === english || vietnamese.trim() in dictionary, english).toBe(false);
        const placeholders = (text: string) => (text.match(/{[^}]+}/g) ?? []).sort();
        expect(placeholders(vietnamese), english).toEqual(placeholders(english));
      }
    },
  );
});
