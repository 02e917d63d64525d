import { expect, it } from "vitest";
import { upsertLevels, upsertUnits } from "../seed/organisation";
import { describeOnBothDatabases } from "../testing";
import { getOrganisation } from "./get-organisation";
import { units } from "../schema";
import { eq } from "drizzle-orm";

describeOnBothDatabases("getOrganisation", (t) => {
  it("returns a 2-tier organisation (after the 2025 reform) parents first, without retired units", async () => {
    // given a province with a department, two communes, and a retired district
    await upsertLevels(t.db, [{ code: "province" }, { code: "commune" }]);
    await upsertUnits(t.db, [
      { code: "HN", name: "Thành phố Hà Nội", level: "province" },
      { code: "HN-STP", name: "Sở Tư pháp", level: "province", kind: "justice", parent: "HN" },
      { code: "HN-OLD", name: "Quận cũ", level: "commune", parent: "HN" },
      { code: "HN-BADINH", name: "Phường Ba Đình", level: "commune", parent: "HN" },
    ]);
    await t.db.update(units).set({ retiredAt: new Date() }).where(eq(units.code, "HN-OLD"));

    const org = await getOrganisation(t.db);

    expect(org).toEqual({
      levels: ["province", "commune"],
      units: [
        { code: "HN", name: "Thành phố Hà Nội", level: "province" },
        { code: "HN-STP", name: "Sở Tư pháp", level: "province", kind: "justice", parent: "HN" },
        { code: "HN-BADINH", name: "Phường Ba Đình", level: "commune", parent: "HN" },
      ],
    });
  });
});
