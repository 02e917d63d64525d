import { expect, it } from "vitest";
import { upsertLevels, upsertUnits } from "../seed/organisation";
import { describeOnBothDatabases } from "../testing";
import { getOrganisation } from "./get-organisation";
import { units } from "../schema";
import { eq, inArray } from "drizzle-orm";

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

  it("keeps a unit retired with a future date until that date, and a unit not yet in force out", async () => {
    // own units (the database is shared by this file's tests); levels as the previous test set them
    await upsertLevels(t.db, [{ code: "province" }, { code: "commune" }]);
    await upsertUnits(t.db, [
      { code: "DN", name: "Thành phố Đà Nẵng", level: "province" },
      { code: "DN-A", name: "Phường A", level: "commune", parent: "DN" },
      { code: "DN-B", name: "Phường B", level: "commune", parent: "DN" },
    ]);
    const mine = inArray(units.code, ["DN", "DN-A", "DN-B"]);
    await t.db
      .update(units)
      .set({ effectiveFrom: new Date("2026-01-01T00:00:00Z") })
      .where(mine);
    await t.db
      .update(units)
      .set({ retiredAt: new Date("2026-07-01T00:00:00Z") })
      .where(eq(units.code, "DN-A"));
    await t.db
      .update(units)
      .set({ effectiveFrom: new Date("2026-07-01T00:00:00Z") })
      .where(eq(units.code, "DN-B"));

    const codes = async (at: string) =>
      (await getOrganisation(t.db, new Date(at))).units
        .map((u) => u.code)
        .filter((c) => c.startsWith("DN"));
    expect(await codes("2026-06-01T00:00:00Z")).toEqual(["DN", "DN-A"]);
    expect(await codes("2026-07-02T00:00:00Z")).toEqual(["DN", "DN-B"]);
  });
});
