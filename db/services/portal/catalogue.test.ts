import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../../testing";
import { publishRaw, setupOrganisation, workflowFiles } from "../../store/test-support";
import { getService } from "./get-service";
import { searchCatalogue } from "./search-catalogue";

describeOnBothDatabases("portal catalogue", (t) => {
  let khaiSinh = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    for (const folder of ["dang-ky-khai-sinh", "dang-ky-ho-kinh-doanh", "chung-thuc-ban-sao"]) {
      const { bpmn, forms } = await workflowFiles(folder);
      const id = await publishRaw(t.db, bpmn, forms);
      if (folder === "dang-ky-khai-sinh") khaiSinh = id;
    }
  });

  it.each([
    ["khai sinh", ["Đăng ký khai sinh"]],
    ["dang ky", ["Đăng ký khai sinh", "Đăng ký thành lập hộ kinh doanh"]],
    ["ĐĂNG KÝ kinh", ["Đăng ký thành lập hộ kinh doanh"]],
    ["1.001193", ["Đăng ký khai sinh"]],
    ["ket hon", []],
  ])("finds %s without caring for accents", async (q, names) => {
    const found = await searchCatalogue(t.db, { input: { q } });
    expect(found.items.map((i) => i.name).sort()).toEqual([...names].sort());
    expect(found.total).toBe(3);
  });

  it("filters by field, tier and level and offers the values that exist", async () => {
    const all = await searchCatalogue(t.db, { input: {} });
    expect(all.facets.tiers.sort()).toEqual(["commune", "district"]);
    expect(all.facets.levels).toEqual([3, 4]);
    expect(all.facets.fields).toContain("Hộ tịch");
    const communeL4 = await searchCatalogue(t.db, { input: { tier: "commune", level: "4" } });
    expect(communeL4.items.map((i) => i.id)).toEqual([khaiSinh]);
    const field = await searchCatalogue(t.db, { input: { field: "Chứng thực" } });
    expect(field.items.map((i) => i.code)).toEqual(["2.000815"]);
  });

  it("describes a procedure: steps in order with tier, documents, legal basis, delivery", async () => {
    const page = await getService(t.db, { input: { id: khaiSinh } });
    expect(page.steps.map((s) => [s.id, s.kind, s.tier])).toEqual([
      ["Task_Reception", "task", "commune"],
      ["Task_Register", "task", "commune"],
      ["Task_Sign", "task", "commune"],
      ["Task_IssueResult", "result", null],
    ]);
    expect(page.documents).toEqual([
      expect.objectContaining({ key: "giayChungSinh", required: true }),
      expect.objectContaining({ key: "giayToKhac", required: false }),
    ]);
    expect(page.legalBasis).toContain("Luật Hộ tịch 2014");
    expect(page.resultDelivery).toEqual(["online", "desk"]);
    expect(page.startForm?.id).toBeTruthy();
  });

  it("answers NOT_FOUND for a procedure that is not published", async () => {
    await expect(getService(t.db, { input: { id: "Process_Nope" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
