import { describe, expect, it } from "vitest";
import { jurisdictionChoices, unitName } from "./jurisdictions";

const org = {
  levels: ["city", "district", "commune"],
  units: [
    { code: "HN", name: "Thành phố Hà Nội", level: "city" },
    { code: "HN-BD", name: "Quận Ba Đình", level: "district", parent: "HN" },
    { code: "HN-BD-PX", name: "Phường Phúc Xá", level: "commune", parent: "HN-BD" },
    {
      code: "HN-BD-PX-CA",
      name: "Công an phường Phúc Xá",
      level: "commune",
      kind: "police",
      parent: "HN-BD-PX",
    },
    { code: "HCM", name: "Thành phố Hồ Chí Minh", level: "city" },
    { code: "HCM-BN", name: "Phường Bến Nghé", level: "commune", parent: "HCM" },
  ],
};

describe("where a citizen may file", () => {
  it("lists general communes under their province, with the district when there is one", () => {
    expect(jurisdictionChoices(org)).toEqual([
      {
        province: { code: "HN", name: "Thành phố Hà Nội" },
        communes: [{ code: "HN-BD-PX", name: "Phường Phúc Xá", parentName: "Quận Ba Đình" }],
      },
      {
        province: { code: "HCM", name: "Thành phố Hồ Chí Minh" },
        communes: [{ code: "HCM-BN", name: "Phường Bến Nghé", parentName: null }],
      },
    ]);
    expect(unitName(org, "HN-BD-PX")).toBe("Phường Phúc Xá");
    expect(unitName(org, null)).toBeNull();
  });
});
