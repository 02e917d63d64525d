import { describe, expect, it } from "vitest";
import type { Organisation } from "../model/types";
import { resolveUnit } from "./resolve-unit";

const threeTier: Organisation = {
  levels: ["city", "district", "commune"],
  units: [
    { code: "HN", name: "Thành phố Hà Nội", level: "city" },
    { code: "HN-STP", name: "Sở Tư pháp", level: "city", kind: "justice", parent: "HN" },
    { code: "HN-BD", name: "Quận Ba Đình", level: "district", parent: "HN" },
    {
      code: "HN-BD-TP",
      name: "Phòng Tư pháp",
      level: "district",
      kind: "justice",
      parent: "HN-BD",
    },
    {
      code: "HN-BD-VPDK",
      name: "Chi nhánh VPĐK đất đai",
      level: "district",
      kind: "land-office",
      parent: "HN-BD",
    },
    { code: "HN-BD-PX", name: "Phường Phúc Xá", level: "commune", parent: "HN-BD" },
  ],
};

const twoTier: Organisation = {
  levels: ["province", "commune"],
  units: [
    { code: "HN", name: "Thành phố Hà Nội", level: "province" },
    { code: "HN-STP", name: "Sở Tư pháp", level: "province", kind: "justice", parent: "HN" },
    { code: "HN-BD", name: "Phường Ba Đình", level: "commune", parent: "HN" },
  ],
};

describe("resolveUnit", () => {
  it.each([
    ["commune itself", threeTier, "HN-BD-PX", "commune", undefined, "HN-BD-PX"],
    ["district ancestor", threeTier, "HN-BD-PX", "district", undefined, "HN-BD"],
    ["city ancestor", threeTier, "HN-BD-PX", "city", undefined, "HN"],
    ["agency under the district", threeTier, "HN-BD-PX", "district", "land-office", "HN-BD-VPDK"],
    ["agency under the city", threeTier, "HN-BD-PX", "city", "justice", "HN-STP"],
    ["two tiers: province agency", twoTier, "HN-BD", "province", "justice", "HN-STP"],
    ["two tiers: commune", twoTier, "HN-BD", "commune", undefined, "HN-BD"],
  ])("%s", (_, org, jurisdiction, tier, agency, unit) => {
    expect(resolveUnit(org, jurisdiction, tier, agency)).toEqual({ ok: true, unit });
  });

  it.each([
    [
      "a tier the organisation does not have",
      twoTier,
      "HN-BD",
      "district",
      undefined,
      /tier district is not a level/,
    ],
    ["an unknown jurisdiction", threeTier, "XX", "commune", undefined, /jurisdiction XX/],
    [
      "a tier below the jurisdiction",
      threeTier,
      "HN-BD",
      "commune",
      undefined,
      /no unit at tier commune/,
    ],
    ["a missing agency", threeTier, "HN-BD-PX", "district", "tax", /no unit of kind tax/],
    ["no tier", threeTier, "HN-BD-PX", undefined, undefined, /names no tier/],
  ])("fails clearly for %s", (_, org, jurisdiction, tier, agency, reason) => {
    const r = resolveUnit(org, jurisdiction, tier, agency);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
