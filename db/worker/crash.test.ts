/**
 * Crash test on PostgreSQL (issue 4): worker processes (`scripts/worker.ts`,
 * pg-boss) fire many due timers; the first is SIGKILLed in the middle of
 * the batch, two more are started; every timer fires exactly once and no
 * dossier is half-written (history versions match the snapshot version).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { dbEnv } from "../env";
import { dossiers, history, timers } from "../schema";
import { queryRows } from "../sql";
import { timerBpmn } from "../test-fixtures/store-bpmn";
import { freshPostgresDb } from "../testing";
import { citizen, publishRaw, setupOrganisation } from "../store/test-support";
import { submitDossier } from "../services/submit-dossier";

const adminUrl = dbEnv().TEST_DATABASE_URL;
const TIMERS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startWorker(url: string): ChildProcess {
  // `node --import tsx` keeps the worker one process, so SIGKILL reaches the process doing the work.
  return spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", process.env.WORKER_STDERR ? "inherit" : "ignore"],
  });
}

describe.skipIf(!adminUrl)("worker crash [postgres]", () => {
  let handle: (DbHandle & { url: string }) | undefined;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    handle = await freshPostgresDb(adminUrl!);
    await setupOrganisation(handle.db);
    await publishRaw(handle.db, timerBpmn("PT1H"), []);
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill("SIGKILL");
    await handle?.close();
  });

  it(
    "fires every timer exactly once across a SIGKILL and a restart, within 60 s of the kill",
    { timeout: 180_000 },
    async () => {
      const db = handle!.db;
      const actor = await citizen(db);
      const past = new Date(Date.now() - 3 * 3600_000);
      for (let i = 0; i < TIMERS; i += 20) {
        await Promise.all(
          Array.from({ length: Math.min(20, TIMERS - i) }, (_, j) =>
            submitDossier(db, {
              actor,
              now: past,
              input: {
                procedure: "Store_Timer",
                jurisdiction: "HN-BD-PX",
                data: {},
                idempotencyKey: `t${i + j}`,
              },
            }),
          ),
        );
      }
      const fired = async () =>
        (
          await db
            .select({ n: sql<number>`count(*)::int` })
            .from(timers)
            .where(eq(timers.status, "fired"))
        )[0]!.n;

      const first = startWorker(handle!.url);
      workers.push(first);
      for (let i = 0; i < 600 && (await fired()) === 0; i++) await sleep(25);
      first.kill("SIGKILL");
      const killedAt = Date.now();
      await new Promise((r) => first.once("exit", r));
      const atKill = await fired();
      expect(atKill).toBeLessThan(TIMERS); // killed in the middle of the batch

      workers.push(startWorker(handle!.url), startWorker(handle!.url));
      while ((await fired()) < TIMERS && Date.now() - killedAt < 90_000) await sleep(200);
      const tookOverMs = Date.now() - killedAt;
      console.log(
        `crash test: ${atKill}/${TIMERS} fired at SIGKILL; all fired ${tookOverMs} ms after it`,
      );
      expect(await fired()).toBe(TIMERS);
      expect(tookOverMs).toBeLessThan(60_000);

      const perDossier = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from history where action = 'timer.fired' group by dossier_id`,
      );
      expect(perDossier).toHaveLength(TIMERS);
      expect(perDossier.every((r) => Number(r.n) === 1)).toBe(true);
      const rows = await db.select().from(dossiers);
      for (const d of rows) {
        expect(d).toMatchObject({ status: "completed", version: 2 });
        const hs = await db
          .select()
          .from(history)
          .where(and(eq(history.dossierId, d.id)));
        expect(hs.map((h) => h.details?.version).sort()).toEqual([1, 2]);
      }
    },
  );
});
