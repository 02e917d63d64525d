import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../testing";
import { official, publishRaw, setupOrganisation, submitAs } from "../store/test-support";
import { PARALLEL_BPMN } from "../test-fixtures/store-bpmn";
import { listInbox } from "./list-inbox";

describeOnBothDatabases("listInbox", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
    await publishRaw(t.db, PARALLEL_BPMN, []);
  });

  it("lists the open tasks of the official's units and roles only", async () => {
    const d = await submitAs(t.db, "Store_Parallel", {});
    const spec = await official(t.db, "HN-BD-PX", ["specialist"]);
    const elsewhere = await official(t.db, "HN-BD-KM", ["specialist"]);
    const otherRole = await official(t.db, "HN-BD-PX", ["reception"]);
    const mine = await listInbox(t.db, { actor: spec });
    expect(
      mine
        .filter((x) => x.dossier === d.code)
        .map((x) => x.element)
        .sort(),
    ).toEqual(["Task_A", "Task_B"]);
    expect(await listInbox(t.db, { actor: elsewhere })).toEqual([]);
    expect(await listInbox(t.db, { actor: otherRole })).toEqual([]);
    await expect(listInbox(t.db, { actor: d.citizen })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
