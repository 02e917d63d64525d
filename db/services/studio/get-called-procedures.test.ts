import { beforeAll, expect, it } from "vitest";
import { procedures, procedureVersions } from "../../schema";
import { describeOnBothDatabases } from "../../testing";
import { fixtureBpmn } from "../../test-fixtures/bpmn";
import type { Actor } from "../actor";
import { getCalledProcedures } from ".";

const designer: Actor = { kind: "designer", id: "00000000-0000-4000-8000-000000000001" };
const citizen: Actor = { kind: "citizen", id: "00000000-0000-4000-8000-000000000002" };

const metadata = (processId: string) => ({
  processId,
  name: processId,
  code: null,
  level: null,
  sla: null,
  fee: null,
  tier: null,
});

describeOnBothDatabases("getCalledProcedures", (t) => {
  beforeAll(async () => {
    await t.db.insert(procedures).values({ id: "Shared_Verify", name: "Xác minh dùng chung" });
    for (const version of [1, 2])
      await t.db.insert(procedureVersions).values({
        procedureId: "Shared_Verify",
        version,
        bpmn: fixtureBpmn({ id: "Shared_Verify", name: `v${version}` }),
        forms: [{ id: `form-v${version}`, components: [] }],
        metadata: metadata("Shared_Verify"),
      });
  });

  it("rejects an unauthorised actor", async () => {
    await expect(getCalledProcedures(t.db, citizen, ["Shared_Verify"])).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getCalledProcedures(t.db, null, [])).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("given a published and an unpublished id, then only the published one, at its latest version", async () => {
    const called = await getCalledProcedures(t.db, designer, ["Shared_Verify", "Never_Published"]);
    expect(called).toHaveLength(1);
    expect(called[0]).toMatchObject({
      id: "Shared_Verify",
      version: 2,
      forms: [{ id: "form-v2" }],
    });
    expect(called[0]?.bpmn).toContain('name="v2"');
  });

  it("given input that is not a list of ids, then VALIDATION", async () => {
    await expect(getCalledProcedures(t.db, designer, "Shared_Verify")).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });
});
