import { describe, expect, it } from "vitest";
import { emptyMessages, messageKeys } from "@/app/_lib/catalogue-keys";
import en from "../../messages/portal/en.json";
import vi from "../../messages/portal/vi.json";

describe("the portal's message catalogues", () => {
  it("given vi and en, then both have the same keys and no empty message", () => {
    expect(messageKeys(en).sort()).toEqual(messageKeys(vi).sort());
    for (const catalogue of [vi, en]) expect(emptyMessages(catalogue)).toEqual([]);
  });
});
