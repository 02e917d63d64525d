import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { history, procedures, procedureVersions, users } from "../../schema";
import { describeOnBothDatabases } from "../../testing";
import { fixtureBpmn } from "../../test-fixtures/bpmn";
import type { Actor } from "../actor";
import { createDraft, getDraft, listStudioProcedures, saveDraft } from ".";

const designer: Actor = { kind: "designer", id: "00000000-0000-4000-8000-000000000001" };
const citizen: Actor = { kind: "citizen", id: "00000000-0000-4000-8000-000000000002" };

describeOnBothDatabases("studio drafts", (t) => {
  beforeAll(async () => {
    await t.db.insert(users).values({
      id: designer.id,
      username: "studio.designer",
      name: "Thiết kế",
      roles: ["designer"],
    });
  });

  it("rejects an unauthorised actor in every verb", async () => {
    await expect(listStudioProcedures(t.db, citizen)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listStudioProcedures(t.db, null)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(getDraft(t.db, citizen, "X")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createDraft(
        t.db,
        { kind: "official", id: "x", memberships: [] },
        { id: "A", name: "A", template: "blank" },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveDraft(t.db, citizen, { id: "A", bpmn: "<x/>", forms: [], revision: 0 }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("creates from a published template under a new id, lists it as a draft and writes an audit row", async () => {
    // given a published procedure
    await t.db.insert(procedures).values({ id: "KhaiSinh", name: "Đăng ký khai sinh" });
    await t.db.insert(procedureVersions).values({
      procedureId: "KhaiSinh",
      version: 1,
      bpmn: fixtureBpmn({ id: "KhaiSinh", name: "Đăng ký khai sinh" }),
      forms: [{ id: "form-start", components: [] }],
      metadata: {
        processId: "KhaiSinh",
        name: "Đăng ký khai sinh",
        code: null,
        level: null,
        sla: null,
        fee: null,
        tier: null,
      },
    });
    // when a designer copies it
    const made = await createDraft(t.db, designer, {
      id: "KhaiSinh_Moi",
      name: "Khai sinh (mới)",
      template: "KhaiSinh",
    });
    // then
    expect(made).toEqual({ id: "KhaiSinh_Moi", revision: 1 });
    const draft = await getDraft(t.db, designer, "KhaiSinh_Moi");
    expect(draft.isDraft).toBe(true);
    expect(draft.bpmn).toContain('id="KhaiSinh_Moi" name="Khai sinh (mới)"');
    expect(draft.bpmn).not.toContain('id="KhaiSinh"');
    expect(draft.forms).toHaveLength(1);
    const list = await listStudioProcedures(t.db, designer);
    expect(list.map((p) => [p.id, p.version, p.hasDraft])).toEqual([
      ["KhaiSinh", 1, false],
      ["KhaiSinh_Moi", null, true],
    ]);
    const audit = await t.db.select().from(history).where(eq(history.elementId, "KhaiSinh_Moi"));
    expect(audit.map((a) => a.action)).toEqual(["procedure.draft-created"]);
    await expect(
      createDraft(t.db, designer, { id: "KhaiSinh_Moi", name: "again", template: "blank" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("saves with the revision it loaded and refuses a stale revision with CONFLICT", async () => {
    await createDraft(t.db, designer, { id: "Blank", name: "Thủ tục trống", template: "blank" });
    const first = await getDraft(t.db, designer, "Blank");
    expect(first.revision).toBe(1);
    const xml = first.bpmn.replace('name="Thủ tục trống"', 'name="Thủ tục đã sửa"');
    // designer A saves
    const saved = await saveDraft(t.db, designer, {
      id: "Blank",
      bpmn: xml,
      forms: [],
      revision: 1,
    });
    expect(saved.revision).toBe(2);
    // designer B, still on revision 1, is warned
    await expect(
      saveDraft(t.db, designer, { id: "Blank", bpmn: first.bpmn, forms: [], revision: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: [{ message: "2" }] });
    const again = await getDraft(t.db, designer, "Blank");
    expect(again.name).toBe("Thủ tục đã sửa");
    expect(again.bpmn).toBe(xml);
    await expect(
      saveDraft(t.db, designer, { id: "Nope", bpmn: xml, forms: [], revision: 0 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
