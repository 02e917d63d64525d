import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../testing";
import { publishRaw, setupOrganisation, workflowFiles } from "../store/test-support";
import { getProcedure } from "./get-procedure";

describeOnBothDatabases("getProcedure", (t) => {
  let id = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
    id = await publishRaw(t.db, bpmn, forms);
  });

  it("gives the latest version's metadata and its start form schema", async () => {
    const p = await getProcedure(t.db, { input: { id } });
    expect(p).toMatchObject({ id, version: 1, name: expect.stringContaining("khai sinh") });
    expect(p.startForm?.components?.length).toBeGreaterThan(0);
    expect(JSON.stringify(p.startForm)).toContain("hoTenTre");
  });

  it("an unknown id is NOT_FOUND, a blank one VALIDATION", async () => {
    await expect(getProcedure(t.db, { input: { id: "Nope" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getProcedure(t.db, { input: { id: "" } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });
});
