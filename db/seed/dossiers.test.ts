import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { dossiers, users } from "../schema";
import { countQueues } from "../services/inbox/count-queues";
import { describeOnBothDatabases } from "../testing";
import { seed } from "./index";
import { DEMO_DOSSIERS } from "./dossiers";
import { memberships } from "../schema";

describeOnBothDatabases("demo dossiers", (t) => {
  it("are submitted through the real verb once, and give the commune desk real work", async () => {
    const first = await seed(t.db, { passwordCost: 4 });
    expect(first.skipped).toEqual([]);
    const rows = await t.db.select({ code: dossiers.code, status: dossiers.status }).from(dossiers);
    expect(rows).toHaveLength(DEMO_DOSSIERS.length);
    await seed(t.db, { passwordCost: 4 });
    expect(await t.db.select({ code: dossiers.code }).from(dossiers)).toHaveLength(
      DEMO_DOSSIERS.length,
    );
    const [desk] = await t.db
      .select({ id: users.id, unit: memberships.unitCode, roles: memberships.roles })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(eq(users.username, "bd-px.reception"));
    const counts = await countQueues(t.db, {
      actor: {
        kind: "official",
        id: desk!.id,
        memberships: [{ unit: desk!.unit, roles: desk!.roles }],
      },
    });
    expect(counts.unclaimed).toBeGreaterThanOrEqual(5);
    expect(counts.overdue).toBeGreaterThanOrEqual(1);
  });
});
