import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "../../client";
import { calendarDays, history, memberships, units, users } from "../../schema";
import { describeOnBothDatabases } from "../../testing";
import { insertUser, principalOf, smallOrg } from "../auth/test-principals";
import type { Principal } from "../auth/principal";
import { addSubstitute } from "./add-substitute";
import { getCalendarYear } from "./calendar-year";
import { createUnit } from "./create-unit";
import { createUser } from "./create-user";
import { importUnits } from "./import-units";
import { listAudit } from "./list-audit";
import { listUsers } from "./list-users";
import { moveUnit } from "./move-unit";
import { resetPassword } from "./reset-password";
import { retireUnit } from "./retire-unit";
import { setCalendarDay } from "./set-calendar-day";
import { setLevels } from "./set-levels";
import { setMembership } from "./set-membership";
import { setUserDisabled } from "./set-user-disabled";
import { updateUnit } from "./update-unit";

type Verb = (
  db: Db,
  actor: Principal | null,
  n: number,
  ids: { a: string; b: string },
) => Promise<unknown>;

// Every admin verb, with an input that succeeds for an admin. `n` makes codes unique per call.
const VERBS: Record<string, Verb> = {
  createUnit: (db, actor, n) =>
    createUnit(db, {
      actor,
      input: { code: `N${n}`, name: "New", level: "commune", parent: "ROOT" },
    }),
  updateUnit: (db, actor) =>
    updateUnit(db, { actor, input: { code: "ROOT-A", name: "A renamed" } }),
  moveUnit: (db, actor) => moveUnit(db, { actor, input: { code: "ROOT-B", parent: "ROOT" } }),
  retireUnit: (db, actor, n) =>
    retireUnit(db, { actor, input: { code: `R${n}`, effective: "2026-07-01" } }),
  importUnits: (db, actor, n) =>
    importUnits(db, {
      actor,
      input: { csv: `code,name,level,kind,parent\nI${n},Imp,commune,,ROOT\n` },
    }),
  createUser: (db, actor, n) =>
    createUser(
      db,
      {
        actor,
        input: {
          username: `user${n}`,
          password: "longenough",
          name: "U",
          memberships: [{ unit: "ROOT-A", roles: ["reception"] }],
        },
      },
      { passwordCost: 4 },
    ),
  setUserDisabled: (db, actor, _n, ids) =>
    setUserDisabled(db, { actor, input: { userId: ids.a, disabled: true } }),
  resetPassword: (db, actor, _n, ids) =>
    resetPassword(
      db,
      { actor, input: { userId: ids.a, password: "new password" } },
      { passwordCost: 4 },
    ),
  setMembership: (db, actor, _n, ids) =>
    setMembership(db, { actor, input: { userId: ids.a, unit: "ROOT-A", roles: ["leader"] } }),
  addSubstitute: (db, actor, _n, ids) =>
    addSubstitute(db, {
      actor,
      input: {
        absentUserId: ids.a,
        substituteUserId: ids.b,
        unit: "ROOT-A",
        from: "2026-01-01",
        to: "2026-01-31",
      },
    }),
  setCalendarDay: (db, actor, n) =>
    setCalendarDay(db, {
      actor,
      input: { date: `2027-03-${String(10 + (n % 15)).padStart(2, "0")}`, kind: "day_off" },
    }),
  setLevels: (db, actor) => setLevels(db, { actor, input: { levels: ["city", "commune"] } }),
  listUsers: (db, actor) => listUsers(db, { actor }),
  getCalendarYear: (db, actor) => getCalendarYear(db, { actor, year: 2026 }),
  listAudit: (db, actor) => listAudit(db, { actor, filter: {} }),
};

const ROLES = ["anonymous", "designer", "official", "supervisor", "citizen"] as const;

describeOnBothDatabases("admin verbs: every verb × every role", (t) => {
  let n = 0;
  const fixtures = async () => {
    await smallOrg(t.db);
    n++;
    const a = await insertUser(t.db, `a${n}`, ["official"]);
    const b = await insertUser(t.db, `b${n}`, ["official"]);
    await t.db.insert(memberships).values({ userId: a, unitCode: "ROOT-A", roles: ["reception"] });
    await t.db
      .insert(units)
      .values({ code: `R${n}`, name: "Old", level: "commune", parentCode: "ROOT" });
    return { a, b };
  };

  for (const [name, verb] of Object.entries(VERBS)) {
    for (const role of ROLES) {
      it(`${name} refuses ${role}`, async () => {
        const ids = await fixtures();
        const before = (await t.db.select({ id: history.id }).from(history)).length;
        const actor = role === "anonymous" ? null : principalOf(role, ids.b, "ROOT-A");
        await expect(verb(t.db, actor, n, ids)).rejects.toMatchObject({
          code: role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
        });
        // Nothing was written, not even an audit row.
        expect((await t.db.select({ id: history.id }).from(history)).length).toBe(before);
      });
    }
    it(`${name} works for an admin and (if it changes something) writes its audit row`, async () => {
      const ids = await fixtures();
      const admin = principalOf("admin", await insertUser(t.db, `admin${n}`, ["admin"]));
      const before = (await t.db.select({ id: history.id }).from(history)).length;
      await verb(t.db, admin, n, ids);
      const after = await t.db.select().from(history);
      if (!name.startsWith("list") && !name.startsWith("get")) {
        expect(after.length).toBeGreaterThan(before);
        expect(after.some((h) => h.actorId === admin.userId || h.actorKind === "admin")).toBe(true);
      }
    });
  }

  it("moveUnit refuses a cycle, createUnit a taken code, retireUnit a unit with children", async () => {
    await smallOrg(t.db);
    const admin = principalOf("admin");
    await expect(
      moveUnit(t.db, { actor: admin, input: { code: "ROOT", parent: "ROOT-A" } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      createUnit(t.db, { actor: admin, input: { code: "ROOT-A", name: "x", level: "commune" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      createUnit(t.db, { actor: admin, input: { code: "Z1", name: "x", level: "nope" } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      retireUnit(t.db, { actor: admin, input: { code: "ROOT", effective: "2026-01-01" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("setCalendarDay none removes the entry; calendar year shows it as announced first", async () => {
    const admin = principalOf("admin", await insertUser(t.db, "cal-admin", ["admin"]));
    await setCalendarDay(t.db, {
      actor: admin,
      input: { date: "2026-05-04", kind: "day_off", note: "swap" },
    });
    const year = await getCalendarYear(t.db, { actor: admin, year: 2026 });
    expect(year.holidays.find((h) => h.date === "2026-05-04")?.kind).toBe("announced");
    await setCalendarDay(t.db, { actor: admin, input: { date: "2026-05-04", kind: "none" } });
    expect(
      await t.db.select().from(calendarDays).where(eq(calendarDays.date, "2026-05-04")),
    ).toEqual([]);
  });

  it("createUser gives an official their membership and never stores the password", async () => {
    await smallOrg(t.db);
    const { id } = await createUser(
      t.db,
      {
        actor: principalOf("admin"),
        input: {
          username: "off1",
          password: "secret-pass",
          name: "O",
          memberships: [{ unit: "ROOT-B", roles: ["specialist", "leader"] }],
        },
      },
      { passwordCost: 4 },
    );
    const [u] = await t.db.select().from(users).where(eq(users.id, id));
    expect(u?.roles).toEqual(["official"]);
    expect(u?.passwordHash).not.toContain("secret-pass");
    const ms = await t.db.select().from(memberships).where(eq(memberships.userId, id));
    expect(ms.map((m) => [m.unitCode, m.roles])).toEqual([["ROOT-B", ["specialist", "leader"]]]);
    const audit = await listAudit(t.db, {
      actor: principalOf("admin"),
      filter: { what: "user.created" },
    });
    expect(JSON.stringify(audit)).not.toContain("secret-pass");
    expect((await t.db.select().from(units)).length).toBeGreaterThan(0);
  });

  it("setLevels drops an unused level and refuses one that still has units", async () => {
    await smallOrg(t.db);
    const admin = principalOf("admin");
    await setLevels(t.db, { actor: admin, input: { levels: ["city", "district", "commune"] } });
    await setLevels(t.db, { actor: admin, input: { levels: ["city", "commune"] } });
    await expect(
      setLevels(t.db, { actor: admin, input: { levels: ["city"] } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      setLevels(t.db, { actor: admin, input: { levels: ["city", "city"] } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
