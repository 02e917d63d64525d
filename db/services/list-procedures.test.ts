import { eq } from "drizzle-orm";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { procedures, procedureVersions } from "../schema";
import { loadCatalogue, publishCatalogue } from "../seed/procedures";
import { describeOnBothDatabases } from "../testing";
import { fixtureBpmn } from "../test-fixtures/bpmn";
import { listProcedures } from "./list-procedures";

const workflows = mkdtempSync(path.join(tmpdir(), "motcua-catalogue-"));
afterAll(() => rmSync(workflows, { recursive: true, force: true }));
function ship(folder: string, bpmn: string) {
  mkdirSync(path.join(workflows, folder), { recursive: true });
  writeFileSync(path.join(workflows, folder, `${folder}.bpmn`), bpmn);
}
ship(
  "ly-lich-tu-phap",
  fixtureBpmn({
    id: "LyLichTuPhap",
    name: "Cấp phiếu lý lịch tư pháp",
    code: "2.000488",
    level: 4,
    sla: 10,
    fee: 200000,
    tier: "city",
  }),
);
ship(
  "chung-thuc",
  fixtureBpmn({
    id: "ChungThuc",
    name: "Chứng thực bản sao từ bản chính",
    code: "2.000815",
    level: 3,
    sla: 0,
    fee: 2000,
  }),
);
ship(
  "dang-ky-ho-kinh-doanh",
  fixtureBpmn({ id: "HoKinhDoanh", name: "Đăng ký hộ kinh doanh", sla: 3, tier: "district" }),
);

describeOnBothDatabases("listProcedures", (t) => {
  it("is empty on an empty catalogue", async () => {
    expect(await listProcedures(t.db)).toEqual([]);
  });

  it("lists the latest published version of each procedure, by Vietnamese name", async () => {
    // given the shipped catalogue published, and a version 2 of one procedure
    const { entries } = await loadCatalogue(workflows);
    await publishCatalogue(t.db, entries);
    const v1 = entries.find((e) => e.metadata.processId === "ChungThuc");
    await t.db.insert(procedureVersions).values({
      procedureId: "ChungThuc",
      version: 2,
      bpmn: v1?.bpmn ?? "",
      metadata: { ...(v1?.metadata ?? entries[0]!.metadata), sla: 1 },
    });

    // when the catalogue is listed
    const list = await listProcedures(t.db);

    // then
    expect(list.map((p) => p.name)).toEqual([
      "Cấp phiếu lý lịch tư pháp",
      "Chứng thực bản sao từ bản chính",
      "Đăng ký hộ kinh doanh",
    ]);
    expect(list[0]).toMatchObject({
      id: "LyLichTuPhap",
      version: 1,
      code: "2.000488",
      level: 4,
      tier: "city",
      sla: 10,
      fee: 200000,
    });
    expect(list[1]).toMatchObject({ id: "ChungThuc", version: 2, sla: 1, tier: "commune" });
    expect(list[2]).toMatchObject({
      id: "HoKinhDoanh",
      code: null,
      level: null,
      fee: null,
      tier: "district",
    });
    expect(list[0]?.publishedAt).toBeInstanceOf(Date);
  });

  it("leaves archived procedures out", async () => {
    await t.db
      .update(procedures)
      .set({ archivedAt: new Date() })
      .where(eq(procedures.id, "HoKinhDoanh"));
    expect((await listProcedures(t.db)).map((p) => p.id)).not.toContain("HoKinhDoanh");
  });
});
