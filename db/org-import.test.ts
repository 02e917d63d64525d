import { eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import { importUnitsCsv } from "./org-import";
import { history, units } from "./schema";
import { upsertLevels, upsertUnits } from "./seed/organisation";
import { describeOnBothDatabases } from "./testing";

const HEADER = "code,name,level,kind,parent";

describeOnBothDatabases("importUnitsCsv", (t) => {
  async function givenProvince(code: string) {
    await upsertLevels(t.db, [{ code: "province" }, { code: "commune" }]);
    await upsertUnits(t.db, [{ code, name: `Tỉnh ${code}`, level: "province" }]);
  }

  it("imports a good file (BOM, any row order) and reports counts", async () => {
    await givenProvince("T1");
    const csv = `\uFEFF${HEADER}\nT1-X1,Xã Một,commune,,T1-SO\nT1-SO,Sở Tư pháp,province,justice,T1\n`;

    const summary = await importUnitsCsv(t.db, csv, { source: "t1.csv" });

    expect(summary).toEqual({
      ok: true,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    const rows = await t.db
      .select()
      .from(units)
      .where(inArray(units.code, ["T1-X1", "T1-SO"]));
    expect(rows.map((r) => [r.code, r.name, r.parentCode]).sort()).toEqual([
      ["T1-SO", "Sở Tư pháp", "T1"],
      ["T1-X1", "Xã Một", "T1-SO"],
    ]);
    const audit = await t.db.select().from(history).where(eq(history.action, "org.imported"));
    expect(audit.at(-1)?.details).toMatchObject({ source: "t1.csv", created: 2 });
  });

  it("reports every bad row by line number and imports nothing", async () => {
    await givenProvince("T2");
    const csv = [
      HEADER,
      "T2-A,Xã A,commune,,T2", // line 2: fine
      "T2-B,Xã B,hamlet,,T2", // 3: unknown level
      "T2-C,Xã C,commune,,NOWHERE", // 4: unknown parent
      "T2-A,Xã A lặp,commune,,T2", // 5: duplicate
      "bad code!,Xã D,commune,,T2", // 6: bad code chars
      "T2-E,,commune,,T2", // 7: empty name
      "T2-F,Phòng F,province,x,T2-G", // 8: cycle F→G→F
      "T2-G,Phòng G,province,x,T2-F", // 9: cycle
      "T2-H,Tỉnh H,commune,,", // 10: not top level without parent
      "T2-I,Xã I,commune", // 11: column count
    ].join("\n");

    const summary = await importUnitsCsv(t.db, csv);

    expect(summary.ok).toBe(false);
    expect(summary.created + summary.updated).toBe(0);
    const lines = [...new Set(summary.errors.map((e) => e.line))];
    expect(lines).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(summary.errors.find((e) => e.line === 3)?.message).toMatch(/unknown level "hamlet"/);
    expect(summary.errors.find((e) => e.line === 4)?.message).toMatch(/unknown parent NOWHERE/);
    expect(summary.errors.find((e) => e.line === 5)?.message).toMatch(
      /duplicate code T2-A \(first on line 2\)/,
    );
    expect(summary.errors.find((e) => e.line === 8)?.message).toMatch(/cycle/);
    const stored = await t.db
      .select()
      .from(units)
      .where(inArray(units.code, ["T2-A", "T2-F", "T2-G"]));
    expect(stored).toEqual([]);
  });

  it("refuses a file without the header", async () => {
    await givenProvince("T3");
    const summary = await importUnitsCsv(t.db, "T3-A,Xã A,commune,,T3\n");
    expect(summary.ok).toBe(false);
    expect(summary.errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/bad header/),
    });
  });

  it("upserts: a second import updates changed rows and leaves the rest", async () => {
    await givenProvince("T4");
    await importUnitsCsv(t.db, `${HEADER}\nT4-A,Xa A,commune,,T4\nT4-B,Xã B,commune,,T4\n`);

    const summary = await importUnitsCsv(
      t.db,
      `${HEADER}\nT4-A,${"Xã Á".normalize("NFD")},commune,,T4\nT4-B,Xã B,commune,,T4\nT4-C,Xã C,commune,,T4\n`,
    );

    expect(summary).toMatchObject({ ok: true, rows: 3, created: 1, updated: 1, unchanged: 1 });
    const [a] = await t.db.select().from(units).where(eq(units.code, "T4-A"));
    // typed decomposed in the file, stored composed (NFC)
    expect(a?.name).toBe("Xã Á".normalize("NFC"));
  });
});
