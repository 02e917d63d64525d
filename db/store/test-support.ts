/**
 * Test support for the store and verb tests: the Hanoi organisation, a
 * shipped workflow published as version 1, users with memberships, and the
 * actors for them. Each test makes its own users (STYLE.md "Tests").
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { FormSchema } from "@/engine/model/types";
import type { Db } from "../client";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import {
  history,
  memberships,
  procedureVersions,
  procedures,
  tasks,
  users,
  type HistoryRow,
  type TaskRow,
} from "../schema";
import { submitDossier, type SubmitDossierResult } from "../services/submit-dossier";
import { seedOrganisation } from "../seed/organisation";
import type { Actor, Membership } from "../services/actor";
import { parseBpmn } from "@/engine/bpmn/parse";
import { loadModelFiles } from "@/engine/cli/io";
import { metaOf } from "@/engine/compile";

/** The Hanoi demo organisation (units such as `HN-BD-PX`). */
export async function setupOrganisation(db: Db): Promise<void> {
  await seedOrganisation(db);
}

/** A workflow folder's `.bpmn` and `.form` files, read as the engine's command line reads them. */
export async function workflowFiles(
  folder: string,
): Promise<{ bpmn: string; forms: FormSchema[] }> {
  const dir = path.join(process.cwd(), "workflows", folder);
  const bpmnFile = (await readdir(dir)).sort().find((f) => f.endsWith(".bpmn"));
  if (!bpmnFile) throw new Error(`no .bpmn in ${dir}`);
  const model = await loadModelFiles(path.join(dir, bpmnFile));
  return { bpmn: model.xml, forms: Object.values(model.forms) };
}

/** Publishes a BPMN (+ forms) directly as `version` (default 1); returns the process id. */
export async function publishRaw(
  db: Db,
  bpmn: string,
  forms: FormSchema[],
  version = 1,
): Promise<string> {
  const { definitions } = await parseBpmn(bpmn);
  const model = definitions?.processes.find((p) => p.isExecutable) ?? definitions?.processes[0];
  if (!model) throw new Error("fixture BPMN has no process");
  const metadata = metaOf(model);
  await db.insert(procedures).values({ id: model.id, name: metadata.name }).onConflictDoNothing();
  await db
    .insert(procedureVersions)
    .values({ procedureId: model.id, version, bpmn, forms, metadata });
  return model.id;
}

/** A user row; with memberships it is an official. */
export async function makeUser(db: Db, ms: Membership[] = []): Promise<string> {
  const id = randomUUID();
  await db.insert(users).values({ id, username: `u-${id}`, name: `User ${id.slice(0, 6)}` });
  for (const m of ms)
    await db.insert(memberships).values({ userId: id, unitCode: m.unit, roles: m.roles });
  return id;
}

export async function citizen(db: Db): Promise<Extract<Actor, { kind: "citizen" }>> {
  return { kind: "citizen", id: await makeUser(db) };
}

export async function official(
  db: Db,
  unit: string,
  roles: string[],
): Promise<Extract<Actor, { kind: "official" }>> {
  const memberships: Membership[] = [{ unit, roles }];
  return { kind: "official", id: await makeUser(db, memberships), memberships };
}

export async function designer(db: Db): Promise<Extract<Actor, { kind: "designer" }>> {
  return { kind: "designer", id: await makeUser(db) };
}

export async function admin(db: Db): Promise<Extract<Actor, { kind: "admin" }>> {
  return { kind: "admin", id: await makeUser(db) };
}

/** A valid birth-registration start form (workflows/dang-ky-khai-sinh). */
export const KHAI_SINH_DATA = {
  hoTen: "Nguyễn Văn An",
  soCccd: "001090012345",
  soDienThoai: "0912345678",
  email: "an.nguyen@example.vn",
  quanHeVoiTre: "cha",
  hoTenTre: "Nguyễn Minh Khang",
  ngaySinhTre: "2026-02-25",
  gioiTinhTre: "nam",
  noiSinh: "Bệnh viện Phụ sản Hà Nội",
  danToc: "Kinh",
  quocTich: "viet-nam",
  hoTenMe: "Trần Thị Bình",
  soCccdMe: "001192054321",
  hoTenCha: "Nguyễn Văn An",
  soCccdCha: "001090012345",
  soBanSao: 2,
  giayChungSinh: "files::giay-chung-sinh",
  camDoan: true,
};

/** Submits a dossier in `HN-BD-PX` as a new citizen; returns the answer and the citizen. */
export async function submitAs(
  db: Db,
  procedure: string,
  data: Record<string, unknown> = KHAI_SINH_DATA,
  now?: Date,
): Promise<SubmitDossierResult & { citizen: Extract<Actor, { kind: "citizen" }> }> {
  const actor = await citizen(db);
  const out = await submitDossier(db, {
    actor,
    now,
    input: { procedure, jurisdiction: "HN-BD-PX", data, idempotencyKey: "s" },
  });
  return { ...out, citizen: actor };
}

/** The open task row of `element` in a dossier (throws when there is none). */
export async function openTaskOf(db: Db, dossierId: string, element: string): Promise<TaskRow> {
  const [t] = await db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.dossierId, dossierId),
        eq(tasks.elementId, element),
        inArray(tasks.state, ["open", "claimed"]),
      ),
    );
  if (!t) throw new Error(`no open ${element}`);
  return t;
}

/** History rows of a dossier (or of no dossier), oldest first. */
export async function historyOf(db: Db, dossierId: string | null): Promise<HistoryRow[]> {
  return db
    .select()
    .from(history)
    .where(dossierId === null ? isNull(history.dossierId) : eq(history.dossierId, dossierId))
    .orderBy(asc(history.id));
}
