import { describe, expect, it } from "vitest";
import { emptyMessages, messageKeys } from "./catalogue-keys";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";

describe("message catalogues", () => {
  it("given vi.json and en.json, then both have exactly the same keys", () => {
    expect(messageKeys(en).sort()).toEqual(messageKeys(vi).sort());
  });

  it("given any message, then it is not empty", () => {
    for (const catalogue of [vi, en]) expect(emptyMessages(catalogue)).toEqual([]);
  });
});
