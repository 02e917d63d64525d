"use server";
/** Server actions of the task page; each wraps one verb (claim, complete, form 02/03/04, …). */
import { getLocale, getTranslations } from "next-intl/server";
import { validateFormData } from "@/engine/forms";
import type { FormState } from "@/app/_lib/form-state";
import { assignTask } from "@/db/services/assign-task";
import { claimTask } from "@/db/services/claim-task";
import { completeTask } from "@/db/services/complete-task";
import { addComment } from "@/db/services/inbox/add-comment";
import { apologiseLate } from "@/db/services/inbox/apologise-late";
import { getTaskView } from "@/db/services/inbox/get-task-view";
import { refuseDossier } from "@/db/services/inbox/refuse-dossier";
import { requestSupplement } from "@/db/services/request-supplement";
import { unclaimTask } from "@/db/services/unclaim-task";
import { field } from "@/app/_lib/action";
import { formValues, lines } from "../../_lib/form-values";
import { runInboxAction } from "../../_lib/run-inbox-action";

const paths = (taskId: string) => ({ revalidate: [`/inbox/tasks/${taskId}`, "/inbox"] });

/** Plain-language field messages for the slips' own fields (the verbs speak English to machines). */
async function slipFieldText(fields: Record<string, string>): Promise<Record<string, string>> {
  const t = await getTranslations("inbox.error");
  const out: Record<string, string> = {};
  for (const [k, m] of Object.entries(fields)) {
    const name = k.split(/[.[]/)[0]!;
    out[name] =
      name === "newDate"
        ? m.includes("working day")
          ? t("newDateNotWorking")
          : m.includes("today")
            ? t("newDateNotAfterToday")
            : m.includes("deadline")
              ? t("newDateNotAfterDeadline")
              : t("invalidDate")
        : name === "reasons"
          ? t("itemsRequired")
          : t("required");
  }
  return out;
}

export async function claimAction(_s: FormState, f: FormData): Promise<FormState> {
  const taskId = field(f, "taskId");
  return runInboxAction(
    "claimed",
    ({ db, actor }) => claimTask(db, { actor, input: { taskId } }),
    paths(taskId),
  );
}

export async function unclaimAction(_s: FormState, f: FormData): Promise<FormState> {
  const taskId = field(f, "taskId");
  return runInboxAction(
    "unclaimed",
    ({ db, actor }) => unclaimTask(db, { actor, input: { taskId } }),
    paths(taskId),
  );
}

export async function assignAction(_s: FormState, f: FormData): Promise<FormState> {
  const taskId = field(f, "taskId");
  return runInboxAction(
    "assigned",
    ({ db, actor }) =>
      assignTask(db, { actor, input: { taskId, assigneeId: field(f, "assigneeId") } }),
    paths(taskId),
  );
}

export async function completeAction(_s: FormState, f: FormData): Promise<FormState> {
  const taskId = field(f, "taskId");
  const locale = await getLocale();
  let wording: (fields: Record<string, string>) => Record<string, string> = (x) => x;
  return runInboxAction(
    "completed",
    async ({ db, actor }) => {
      const view = await getTaskView(db, { actor, input: { taskId } });
      const data = formValues(view.task.form, f);
      if (view.task.form) {
        // The verb is the guard; the same validator only supplies the Vietnamese wording.
        const schema = view.task.form;
        wording = (fields) => {
          const checked = validateFormData(schema, data, {
            now: new Date(),
            context: view.dossier.data,
          });
          const out: Record<string, string> = {};
          for (const k of Object.keys(fields)) {
            const e = checked.errors.find((x) => x.field === k);
            out[k] = e ? (locale === "vi" ? e.messageVi : e.message) : fields[k]!;
          }
          return out;
        };
      }
      return completeTask(db, {
        actor,
        input: { taskId, data, idempotencyKey: field(f, "idempotencyKey") },
      });
    },
    { ...paths(taskId), fieldText: (fields) => wording(fields) },
  );
}

/** Field errors of the slips in the reader's language. */
async function worded(state: FormState): Promise<FormState> {
  return state.status === "error" ? { ...state, fields: await slipFieldText(state.fields) } : state;
}

export async function supplementAction(_s: FormState, f: FormData): Promise<FormState> {
  const taskId = field(f, "taskId");
  const items = lines(f.get("reasons"));
  return worded(
    await runInboxAction(
      "supplement",
      ({ db, actor }) =>
        requestSupplement(db, {
          actor,
          input: {
            taskId,
            reasons: items.map((r, i) => `${i + 1}. ${r}`).join("\n"),
            idempotencyKey: field(f, "idempotencyKey"),
          },
        }),
      paths(taskId),
    ),
  );
}

export async function refuseAction(_s: FormState, f: FormData): Promise<FormState> {
  const taskId = field(f, "taskId");
  const input = {
    taskId,
    reasons: lines(f.get("reasons")),
    idempotencyKey: field(f, "idempotencyKey"),
  };
  return worded(
    await runInboxAction(
      "refused",
      ({ db, actor }) => refuseDossier(db, { actor, input }),
      paths(taskId),
    ),
  );
}

export async function apologiseAction(_s: FormState, f: FormData): Promise<FormState> {
  const taskId = field(f, "taskId");
  const input = { taskId, reason: field(f, "reason"), newDate: field(f, "newDate") };
  return worded(
    await runInboxAction(
      "apologised",
      ({ db, actor }) => apologiseLate(db, { actor, input }),
      paths(taskId),
    ),
  );
}

export async function commentAction(_s: FormState, f: FormData): Promise<FormState> {
  const taskId = field(f, "taskId");
  return worded(
    await runInboxAction(
      "commented",
      ({ db, actor }) => addComment(db, { actor, input: { taskId, body: field(f, "body") } }),
      paths(taskId),
    ),
  );
}
