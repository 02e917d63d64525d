import bcrypt from "bcryptjs";
import { and, count, eq, isNull } from "drizzle-orm";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "../client";
import { history, memberships, procedureVersions, units, users } from "../schema";
import { getOrganisation } from "../services/get-organisation";
import { describeOnBothDatabases } from "../testing";
import { fixtureBpmn, fixtureForm } from "../test-fixtures/bpmn";
import { isDemoDatabase, seed, type SeedResult } from "./index";

const workflows = mkdtempSync(path.join(tmpdir(), "motcua-workflows-"));
mkdirSync(path.join(workflows, "khai-sinh"));
writeFileSync(
  path.join(workflows, "khai-sinh", "khai-sinh.bpmn"),
  fixtureBpmn({
    id: "KhaiSinh",
    name: "Đăng ký khai sinh",
    code: "1.001193",
    level: 4,
    sla: 0,
    fee: 0,
  }),
);
writeFileSync(path.join(workflows, "khai-sinh", "to-khai.form"), fixtureForm("form-start"));
mkdirSync(path.join(workflows, "broken"));
writeFileSync(path.join(workflows, "broken", "broken.bpmn"), "<not-bpmn/>");
afterAll(() => rmSync(workflows, { recursive: true, force: true }));

const opts = { workflowsDir: workflows, passwordCost: 4 };

async function counts(db: Db) {
  const [u] = await db.select({ n: count() }).from(units);
  const [p] = await db.select({ n: count() }).from(users);
  const [m] = await db.select({ n: count() }).from(memberships);
  const [v] = await db.select({ n: count() }).from(procedureVersions);
  const [h] = await db.select({ n: count() }).from(history);
  return { units: u?.n, users: p?.n, memberships: m?.n, versions: v?.n, history: h?.n };
}

describeOnBothDatabases("seed", (t) => {
  // Given a fresh database seeded once (every test below reads this data).
  let first: SeedResult;
  beforeAll(async () => {
    first = await seed(t.db, opts);
  });

  it("seeds the demo organisation, accounts and catalogue, and a second run changes nothing", async () => {
    const after1 = await counts(t.db);
    const second = await seed(t.db, opts);
    const after2 = await counts(t.db);

    expect(first.written).toBeGreaterThan(0);
    expect(first.published).toEqual(["KhaiSinh"]);
    expect(first.skipped.map((s) => s.file)).toEqual([path.join("broken", "broken.bpmn")]);
    expect(second.written).toBe(0);
    expect(second.published).toEqual([]);
    expect(after2).toEqual(after1);
    expect(second.accounts).toEqual(first.accounts);
    expect(await isDemoDatabase(t.db)).toBe(true);
  });

  it("names units with correct Vietnamese diacritics in NFC", async () => {
    const names = new Map(
      (await t.db.select({ code: units.code, name: units.name }).from(units)).map((r) => [
        r.code,
        r.name,
      ]),
    );
    expect(names.get("HN")).toBe("Thành phố Hà Nội");
    expect(names.get("HN-BD")).toBe("Quận Ba Đình");
    expect(names.get("HN-BD-PX")).toBe("Phường Phúc Xá");
    expect(names.get("HN-UH")).toBe("Huyện Ứng Hòa");
    expect(names.get("HN-ST")).toBe("Thị xã Sơn Tây");
    expect(names.get("HN-BD-PTP")).toBe("Phòng Tư pháp quận Ba Đình");
    expect(names.get("HN-STP")).toBe("Sở Tư pháp");
    expect(names.get("HN-BD-PX-CA")).toBe("Công an phường Phúc Xá");
    expect(names.get("HN-GL-BT")).toBe("Xã Bát Tràng");
    expect(names.get("HN-HK-HDAO")).toBe("Phường Hàng Đào");
    expect(names.get("HN-CG-DVH")).toBe("Phường Dịch Vọng Hậu");
    for (const name of names.values()) expect(name).toBe(name.normalize("NFC"));
  });

  it("has all 30 district-level units of Hanoi and 14 wards in Ba Đình", async () => {
    const [districts] = await t.db
      .select({ n: count() })
      .from(units)
      .where(and(eq(units.level, "district"), isNull(units.kind)));
    expect(districts?.n).toBe(30);
    const [wards] = await t.db
      .select({ n: count() })
      .from(units)
      .where(and(eq(units.level, "commune"), eq(units.parentCode, "HN-BD")));
    expect(wards?.n).toBe(14);
  });

  it("builds an organisation the engine can route on", async () => {
    const org = await getOrganisation(t.db);
    expect(org.levels).toEqual(["city", "district", "commune"]);
    expect(org.units[0]).toEqual({ code: "HN", name: "Thành phố Hà Nội", level: "city" });
    expect(org.units).toContainEqual({
      code: "HN-STP",
      name: "Sở Tư pháp",
      level: "city",
      kind: "justice",
      parent: "HN",
    });
    expect(org.units).toContainEqual({
      code: "HN-BD-VPDK",
      name: "Chi nhánh Văn phòng đăng ký đất đai quận Ba Đình",
      level: "district",
      kind: "land-office",
      parent: "HN-BD",
    });
    const seen = new Set<string>();
    for (const u of org.units) {
      if (u.parent) expect(seen.has(u.parent), `${u.code} after its parent`).toBe(true);
      seen.add(u.code);
    }
  });

  it("creates demo officials for every role at commune, district, agency and city level", async () => {
    const { accounts } = first;
    for (const unit of ["HN-BD-PX", "HN-BD", "HN-BD-PTP", "HN-BD-VPDK", "HN-STP"]) {
      for (const role of ["reception", "specialist", "leader", "clerk"]) {
        expect(accounts).toContainEqual({
          username: `${unit.slice(3).toLowerCase()}.${role}`,
          password: "demo1234",
          roles: [role],
          unit,
        });
      }
    }
    const [admin] = await t.db.select().from(users).where(eq(users.username, "admin"));
    expect(admin?.roles).toEqual(["admin"]);
    expect(await bcrypt.compare("demo1234", admin?.passwordHash ?? "")).toBe(true);
    const [m] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.unitCode, "HN-BD-PX"))
      .limit(1);
    expect(m?.roles.length).toBe(1);
  });
});
