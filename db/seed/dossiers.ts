/**
 * Demo dossiers, so an official's inbox has real work on a fresh start:
 * the demo citizens submit through the real `submitDossier` verb (start
 * data from the shipped scenarios, the applicant's name changed), some a
 * few days back so that the due-soon and overdue queues are not empty.
 * Idempotent: each submission has a fixed idempotency key, so a second
 * run returns the first dossiers and writes nothing.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { procedureVersions, users } from "../schema";
import { submitDossier } from "../services/submit-dossier";

interface DemoDossier {
  key: string;
  citizen: "citizen" | "citizen2";
  folder: string;
  /** The BPMN process id (= procedure id). */
  procedure: string;
  scenario: string;
  hoTen: string;
  /** Submitted this many days before the seed runs. */
  daysAgo?: number;
}

/** Names are unique so journeys (e2e/inbox.spec.ts) can find "their" dossier by applicant. */
export const DEMO_DOSSIERS: readonly DemoDossier[] = [
  {
    key: "demo-1",
    citizen: "citizen",
    folder: "dang-ky-bien-dong-dat-dai",
    procedure: "Process_DangKyBienDongDatDai",
    scenario: "inter-tier-return-at-commune",
    hoTen: "Hoàng Văn Nam",
  },
  {
    key: "demo-2",
    citizen: "citizen2",
    folder: "dang-ky-khai-sinh",
    procedure: "Process_DangKyKhaiSinh",
    scenario: "happy-path",
    hoTen: "Lê Thị Hạnh",
  },
  {
    key: "demo-3",
    citizen: "citizen",
    folder: "dang-ky-khai-sinh",
    procedure: "Process_DangKyKhaiSinh",
    scenario: "happy-path",
    hoTen: "Phạm Minh Tuấn",
  },
  {
    key: "demo-4",
    citizen: "citizen2",
    folder: "dang-ky-khai-sinh",
    procedure: "Process_DangKyKhaiSinh",
    scenario: "happy-path",
    hoTen: "Vũ Đức Long",
    daysAgo: 5,
  },
  {
    key: "demo-5",
    citizen: "citizen",
    folder: "chung-thuc-ban-sao",
    procedure: "Process_ChungThucBanSao",
    scenario: "happy-path-after-cutoff",
    hoTen: "Đỗ Thị Mai",
  },
  {
    key: "demo-6",
    citizen: "citizen2",
    folder: "dang-ky-ho-kinh-doanh",
    procedure: "Process_DangKyHoKinhDoanh",
    scenario: "happy-path-level4",
    hoTen: "Ngô Quang Huy",
    daysAgo: 1,
  },
  {
    key: "demo-7",
    citizen: "citizen",
    folder: "giay-phep-xay-dung-nha-o",
    procedure: "Process_GiayPhepXayDungNhaO",
    scenario: "happy-path-hung-kings",
    hoTen: "Bùi Thanh Hà",
    daysAgo: 2,
  },
  {
    key: "demo-8",
    citizen: "citizen2",
    folder: "cap-phieu-ly-lich-tu-phap",
    procedure: "Process_CapPhieuLyLichTuPhap",
    scenario: "happy-path-police-reply",
    hoTen: "Trịnh Văn Khoa",
  },
  {
    key: "demo-9",
    citizen: "citizen",
    folder: "dang-ky-khai-sinh",
    procedure: "Process_DangKyKhaiSinh",
    scenario: "happy-path",
    hoTen: "Nguyễn Thu Trang",
    daysAgo: 3,
  },
];

const DAY = 86_400_000;

/** Submits the demo dossiers that are not there yet; returns why any could not be submitted. */
export async function seedDemoDossiers(
  db: Db,
  opts: { workflowsDir: string; now?: Date },
): Promise<{ skipped: { key: string; reason: string }[] }> {
  const now = opts.now ?? new Date();
  const people = new Map(
    (
      await db
        .select({ id: users.id, username: users.username })
        .from(users)
        .where(inArray(users.username, ["citizen", "citizen2"]))
    ).map((u) => [u.username, u.id]),
  );
  const skipped: { key: string; reason: string }[] = [];
  for (const d of DEMO_DOSSIERS) {
    const citizenId = people.get(d.citizen);
    const [published] = await db
      .select({ id: procedureVersions.procedureId })
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, d.procedure))
      .limit(1);
    // A catalogue without this procedure (tests seed their own) simply gets no such dossier.
    if (!citizenId || !published) continue;
    try {
      const file = path.join(opts.workflowsDir, d.folder, "scenarios", `${d.scenario}.json`);
      const scenario = JSON.parse(await readFile(file, "utf8")) as {
        data: Record<string, unknown>;
      };
      await submitDossier(db, {
        actor: { kind: "citizen", id: citizenId },
        now: new Date(now.getTime() - (d.daysAgo ?? 0) * DAY),
        input: {
          procedure: d.procedure,
          jurisdiction: "HN-BD-PX",
          data: { ...scenario.data, hoTen: d.hoTen },
          idempotencyKey: d.key,
        },
      });
    } catch (error) {
      skipped.push({ key: d.key, reason: (error as Error).message });
    }
  }
  return { skipped };
}
