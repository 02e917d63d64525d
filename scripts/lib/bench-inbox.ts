/**
 * Inbox latency with a large seeded database: `dossiers` dossiers and
 * `tasks` tasks spread over the commune units of the Hanoi organisation
 * (about 1 in 10 open), seeded with `INSERT … SELECT generate_series`, then
 * `listInbox` timed for random officials.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listInbox } from "@/db/services/list-inbox";
import { publishRaw } from "@/db/store/test-support";
import { PARALLEL_BPMN } from "@/db/test-fixtures/store-bpmn";
import { queryRows } from "@/db/sql";
import { percentile } from "./bench-stats";

export interface InboxLatency {
  dossiers: number;
  tasks: number;
  queries: number;
  seedSeconds: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

const ROLES = ["reception", "specialist", "leader"];

/** Seeds and measures; the organisation must already be set up on `db`. */
export async function measureInbox(
  db: Db,
  dossierCount: number,
  taskCount: number,
  queries: number,
): Promise<InboxLatency> {
  await publishRaw(db, PARALLEL_BPMN, []);
  const units = (
    await queryRows<{ code: string }>(db, sql`select code from units order by code`)
  ).map((u) => u.code);
  const t0 = performance.now();
  await db.execute(sql`
    with u as (select array_agg(code order by code) as codes, count(*)::int as n from units)
    insert into dossiers (code, procedure_id, procedure_version, jurisdiction, status, dvcqg_status, version)
    select 'BENCH-' || i, 'Store_Parallel', 1, u.codes[1 + i % u.n], 'processing', 4, 1
    from generate_series(1, ${dossierCount}) i, u`);
  await db.execute(sql`
    insert into tasks (dossier_id, element_id, instance_key, name, unit_code, roles, state, opened_at, due_at)
    select d.id, 'Task_' || (g % 7), 'Task_' || (g % 7) || '#' || g, 'Bước ' || (g % 7), d.jurisdiction,
           array[(array['reception', 'specialist', 'leader'])[1 + g % 3]],
           case when g % 10 = 0 then 'open' when g % 37 = 0 then 'claimed' else 'completed' end,
           now() - make_interval(mins => g % 100000), now() + make_interval(mins => ((g::bigint * 7919) % 20000)::int)
    from generate_series(1, ${taskCount}) g
    join lateral (select id, jurisdiction from dossiers where code = 'BENCH-' || (1 + g % ${dossierCount})) d on true`);
  await db.execute(sql`analyze tasks`);
  await db.execute(sql`analyze dossiers`);
  const seedSeconds = Math.round((performance.now() - t0) / 100) / 10;

  const times: number[] = [];
  for (let i = 0; i < queries + 20; i++) {
    const unit = units[(i * 7) % units.length]!;
    const actor = {
      kind: "official" as const,
      id: "00000000-0000-0000-0000-000000000000",
      memberships: [{ unit, roles: [ROLES[i % 3]!] }],
    };
    const s = performance.now();
    await listInbox(db, { actor });
    if (i >= 20) times.push(performance.now() - s); // the first 20 warm the caches
  }
  times.sort((a, b) => a - b);
  return {
    dossiers: dossierCount,
    tasks: taskCount,
    queries,
    seedSeconds,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
  };
}
