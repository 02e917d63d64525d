/**
 * Everything the task page shows (issue #8): the task and its form, the
 * dossier with its start form and attachments, the process control sheet
 * (form 05), the slips already issued (02 supplement, 03 refusal, 04
 * apology), comments, and what the official may do next. Read-only.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { alias } from "drizzle-orm/pg-core";
import type { FormSchema } from "@/engine/model/types";
import { historyOf } from "@/engine/run/outcome";
import type { PersistedSnapshot } from "@/engine/runtime/types";
import type { Db } from "../../client";
import {
  attachments,
  comments,
  dossiers,
  history,
  memberships,
  procedureVersions,
  tasks,
  units,
  users,
} from "../../schema";
import { environment } from "../../store/environment";
import { loadProcedure } from "../../store/procedures";
import { loadTask } from "../../store/tasks";
import { maxSupplements } from "../../store/write";
import { holdsRole, type Actor } from "../actor";
import { parseInput } from "../parse";
import { controlSheet, type SheetLine } from "./control-sheet";
import { asOfficial } from "./scope";
import { assertMayRead, mayWork } from "./task-access";
import { decisionOptions } from "./decision";
import { deadlineOf, type Deadline } from "./deadline";

export const GetTaskViewInput = z.object({ taskId: z.uuid() });

export interface Slip {
  at: Date;
  by: string | null;
  reasons: string | null;
  newDate?: string;
}

export interface TaskView {
  task: {
    id: string;
    element: string;
    name: string | null;
    state: string;
    unit: string | null;
    unitName: string | null;
    roles: string[];
    assigneeId: string | null;
    assigneeName: string | null;
    openedAt: Date;
    dueAt: Date | null;
    closedAt: Date | null;
    data: Record<string, unknown> | null;
    form: FormSchema | null;
    deadline: Deadline;
    /** When the unit's leaders were told it is overdue (db/worker/escalation.ts). */
    escalatedAt: Date | null;
  };
  dossier: {
    id: string;
    code: string;
    status: string;
    version: number;
    procedureId: string;
    procedureName: string;
    procedureCode: string | null;
    jurisdiction: string;
    applicant: string;
    receivedAt: Date | null;
    dueAt: Date | null;
    dueDate: string | null;
    data: Record<string, unknown>;
    startForm: FormSchema | null;
  };
  attachments: {
    id: string;
    fileName: string;
    mime: string;
    size: number;
    fieldKey: string | null;
  }[];
  sheet: SheetLine[];
  slips: { supplement: Slip | null; refusal: Slip | null; apology: Slip | null };
  comments: { id: string; author: string | null; body: string; at: Date }[];
  can: {
    claim: boolean;
    unclaim: boolean;
    assign: boolean;
    complete: boolean;
    requestSupplement: boolean;
    refuse: boolean;
    apologise: boolean;
    comment: boolean;
  };
  /** The path so far on the dossier's procedure version (read-only diagram and its text alternative). */
  path: {
    bpmn: string;
    /** Completed elements, in completion order (a step done twice appears twice). */
    done: { element: string; name: string | null; completedAt: string }[];
    /** Elements with open user tasks now; this task first when it is open. */
    current: string[];
  };
  /** Officials of the unit a leader may assign the task to. */
  assignees: { id: string; name: string }[];
  late: boolean;
}

export async function getTaskView(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date },
): Promise<TaskView> {
  const official = asOfficial(actor);
  const { taskId } = parseInput(GetTaskViewInput, input);
  const task = await loadTask(db, taskId);
  assertMayRead(official, task);
  const [proc, env, [d], unitRows, [version]] = await Promise.all([
    loadProcedure(db, task.procedureId, task.procedureVersion),
    environment(db, now),
    db.select().from(dossiers).where(eq(dossiers.id, task.dossierId)),
    db.select({ code: units.code, name: units.name }).from(units),
    db
      .select({ bpmn: procedureVersions.bpmn })
      .from(procedureVersions)
      .where(
        and(
          eq(procedureVersions.procedureId, task.procedureId),
          eq(procedureVersions.version, task.procedureVersion),
        ),
      ),
  ]);
  const unitName = new Map(unitRows.map((u) => [u.code, u.name]));
  const closer = alias(users, "closer");
  const assignee = alias(users, "assignee");
  const [steps, events, files, notes] = await Promise.all([
    db
      .select({ t: tasks, closer: closer.name, assignee: assignee.name })
      .from(tasks)
      .leftJoin(closer, eq(closer.id, tasks.closedBy))
      .leftJoin(assignee, eq(assignee.id, tasks.assigneeId))
      .where(and(eq(tasks.dossierId, task.dossierId), eq(tasks.kind, "userTask")))
      .orderBy(asc(tasks.openedAt)),
    db
      .select({ action: history.action, at: history.at, details: history.details, by: users.name })
      .from(history)
      .leftJoin(users, eq(users.id, history.actorId))
      .where(
        and(
          eq(history.dossierId, task.dossierId),
          inArray(history.action, [
            "supplement.requested",
            "dossier.refused",
            "dossier.apologised",
          ]),
        ),
      )
      .orderBy(asc(history.id)),
    db.select().from(attachments).where(eq(attachments.dossierId, task.dossierId)),
    db
      .select({ id: comments.id, body: comments.body, at: comments.at, author: users.name })
      .from(comments)
      .leftJoin(users, eq(users.id, comments.authorId))
      .where(eq(comments.dossierId, task.dossierId))
      .orderBy(asc(comments.at)),
  ]);
  const dossier = d!;
  const me = steps.find((s) => s.t.id === task.id);
  const taskData = (id: unknown) => steps.find((s) => s.t.id === id)?.t.data ?? null;
  const slip = (action: string): Slip | null => {
    const e = events.findLast((x) => x.action === action);
    if (!e) return null;
    const details = e.details ?? {};
    const reasons =
      typeof details.reasons === "string"
        ? details.reasons
        : ((taskData(details.task)?.reasons as string | undefined) ?? null);
    return {
      at: e.at,
      by: e.by,
      reasons,
      ...(typeof details.newDate === "string" ? { newDate: details.newDate } : {}),
    };
  };
  const open = task.state === "open" || task.state === "claimed";
  const works = mayWork(official, task);
  const leader = holdsRole(official, task.unitCode, ["leader"]);
  const free = !task.assigneeId || task.assigneeId === official.id;
  const options = decisionOptions(proc.registry.forms[task.formId ?? ""] ?? null);
  const apology = slip("dossier.apologised");
  const late =
    open && !!((dossier.dueAt && dossier.dueAt < now) || (task.dueAt && task.dueAt < now));
  const assignees =
    leader && open
      ? (
          await db
            .select({ id: users.id, name: users.name, roles: memberships.roles })
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(and(eq(memberships.unitCode, task.unitCode ?? ""), isNull(memberships.validTo)))
        )
          .filter((m) => m.roles.some((r) => task.roles.includes(r)))
          .map(({ id, name }) => ({ id, name }))
      : [];
  return {
    task: {
      id: task.id,
      element: task.elementId,
      name: task.name,
      state: task.state,
      unit: task.unitCode,
      unitName: task.unitCode ? (unitName.get(task.unitCode) ?? null) : null,
      roles: task.roles,
      assigneeId: task.assigneeId,
      assigneeName: me?.assignee ?? null,
      openedAt: task.openedAt,
      dueAt: task.dueAt,
      closedAt: task.closedAt,
      data: task.data ?? null,
      form: task.formId ? (proc.registry.forms[task.formId] ?? null) : null,
      deadline: open
        ? deadlineOf(task.dueAt, now, env.calendar)
        : { state: "none", workingHours: null },
      escalatedAt: task.escalatedAt ?? null,
    },
    dossier: {
      id: dossier.id,
      code: dossier.code,
      status: dossier.status,
      version: dossier.version,
      procedureId: dossier.procedureId,
      procedureName: proc.meta.name,
      procedureCode: proc.meta.code,
      jurisdiction: dossier.jurisdiction,
      applicant: dossier.applicantName ?? String(dossier.data.hoTen ?? ""),
      receivedAt: dossier.receivedAt,
      dueAt: dossier.dueAt,
      dueDate: dossier.dueDate,
      data: dossier.data,
      startForm: proc.meta.startFormId
        ? (proc.registry.forms[proc.meta.startFormId] ?? null)
        : null,
    },
    attachments: files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mime: f.mime,
      size: f.size,
      fieldKey: f.fieldKey,
    })),
    sheet: controlSheet(
      steps.map(({ t, closer: c, assignee: a }) => ({
        taskId: t.id,
        element: t.elementId,
        name: t.name,
        unit: t.unitCode,
        unitName: t.unitCode ? (unitName.get(t.unitCode) ?? null) : null,
        officer: c ?? a,
        state: t.state,
        openedAt: t.openedAt,
        dueAt: t.dueAt,
        closedAt: t.closedAt,
      })),
      now,
      env.calendar,
    ),
    slips: {
      supplement: slip("supplement.requested"),
      refusal: slip("dossier.refused"),
      apology,
    },
    comments: notes,
    can: {
      claim: open && works && !task.assigneeId,
      unclaim: open && !!task.assigneeId && (task.assigneeId === official.id || leader),
      assign: open && leader,
      complete: open && works && free,
      requestSupplement:
        open &&
        works &&
        free &&
        options.includes("supplement") &&
        dossier.supplementCount < maxSupplements(proc),
      refuse: open && works && free && options.includes("refuse"),
      apologise: late && works && !apology,
      comment: works || task.assigneeId === official.id || task.closedBy === official.id,
    },
    assignees,
    late,
    path: {
      bpmn: version?.bpmn ?? "",
      done: (dossier.snapshot ? historyOf(dossier.snapshot as PersistedSnapshot) : []).map((h) => ({
        element: h.element,
        name: h.name ?? null,
        completedAt: h.completedAt,
      })),
      current: [
        ...new Set([
          ...(open ? [task.elementId] : []),
          ...steps
            .filter((s) => s.t.state === "open" || s.t.state === "claimed")
            .map((s) => s.t.elementId),
        ]),
      ],
    },
  };
}
