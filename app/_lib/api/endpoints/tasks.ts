/** An official's tasks (DESIGN.md §7 `/tasks`): the inbox, claim, complete. */
import { z } from "zod";
import { claimTask } from "@/db/services/claim-task";
import { completeExternalTask } from "@/db/services/complete-external-task";
import { completeTask, CompleteTaskInput } from "@/db/services/complete-task";
import { ServiceError } from "@/db/services/errors";
import { listInbox } from "@/db/services/list-inbox";
import { publicStatus } from "@/db/services/public-status";
import { unclaimTask } from "@/db/services/unclaim-task";
import { actorOf, actorsOf } from "../caller";
import type { Endpoint } from "../endpoint";
import { bodyObject } from "../http";
import { ClaimAnswer, CompleteAnswer, InboxTask } from "../schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that cannot name a task is simply not found. */
function taskId(params: Record<string, string>): string {
  const id = params.id ?? "";
  if (!UUID.test(id)) throw new ServiceError("NOT_FOUND", `task ${id} not found`);
  return id.toLowerCase();
}

export const taskEndpoints: Endpoint[] = [
  {
    method: "GET",
    path: "/tasks",
    tag: "tasks",
    summary: "The open tasks of the caller's units and roles, soonest due first",
    who: "official",
    query: [{ name: "limit", description: "At most this many (1–200, default 50)" }],
    ok: { status: 200, description: "Open and claimed tasks", schema: z.array(InboxTask) },
    errors: [403],
    async handle({ db, caller, query }) {
      const limit = Number(query.get("limit") ?? "50");
      const rows = await listInbox(db, {
        actor: actorOf(caller, ["official"]),
        limit: Number.isFinite(limit) ? limit : 50,
      });
      return { status: 200, body: rows.map((r) => ({ ...r, due: r.due?.toISOString() ?? null })) };
    },
  },
  {
    method: "POST",
    path: "/tasks/{id}/claim",
    tag: "tasks",
    summary: "Take a task for oneself",
    who: "an official holding one of the task's roles in its unit",
    ok: { status: 200, description: "Claimed", schema: ClaimAnswer },
    errors: [403, 404, 409],
    async handle({ db, caller, params }) {
      const actor = actorOf(caller, ["official"]);
      return {
        status: 200,
        body: await claimTask(db, { actor, input: { taskId: taskId(params) } }),
      };
    },
  },
  {
    method: "POST",
    path: "/tasks/{id}/unclaim",
    tag: "tasks",
    summary: "Give a claimed task back to the unit",
    who: "the official holding it (or a leader of its unit)",
    ok: { status: 200, description: "Released", schema: ClaimAnswer },
    errors: [403, 404, 409],
    async handle({ db, caller, params }) {
      const actor = actorOf(caller, ["official"]);
      return {
        status: 200,
        body: await unclaimTask(db, { actor, input: { taskId: taskId(params) } }),
      };
    },
  },
  {
    method: "POST",
    path: "/tasks/{id}/complete",
    tag: "tasks",
    summary:
      "Complete a task: a user task with its form data, or a service task of an external type with its result",
    who: "an official holding one of the task's roles in its unit (its claimer, when claimed); for an external service task, an integration token with the `tasks` scope or an admin",
    body: CompleteTaskInput.omit({ taskId: true }),
    ok: { status: 200, description: "The dossier after the step", schema: CompleteAnswer },
    errors: [403, 404, 409, 422],
    async handle({ db, caller, params, body }) {
      const input = { ...bodyObject(body), taskId: taskId(params) };
      // An official works user tasks; another system (or an admin for it) its external service tasks.
      const [official] = actorsOf(caller, ["official"]);
      const out = official
        ? await completeTask(db, { actor: official, input })
        : await completeExternalTask(db, {
            actor: actorOf(caller, ["integration", "admin"], "tasks"),
            input,
          });
      const d = out.dossier;
      return {
        status: 200,
        body: { dossier: { ...d, status: publicStatus(d.status), stage: d.status } },
      };
    },
  },
];
