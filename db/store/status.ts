/**
 * Our finer dossier status and its DVCQG code (DOMAIN.md "Dossier
 * lifecycle"; ADR 0008). The engine reports only active / completed /
 * terminated / incident; the store refines that with what is open:
 *
 * | status       | DVCQG | when |
 * | ------------ | ----- | ---- |
 * | `submitted`  | 1     | running, no user task completed yet (intake not done) |
 * | `received`   | 2     | running, user tasks of exactly one element completed (intake done) |
 * | `processing` | 4     | running, user tasks of two or more elements completed |
 * | `supplement` | 5     | running and the statutory clock is paused: waiting on the citizen |
 * | `payment`    | 6     | running with an open `payment` service task |
 * | `incident`   | (as if running) | the engine reports an incident (unroutable task, …) |
 * | `refused`    | 3     | finished at an end event whose id says refusal (`refus`, `reject`, `tu-choi`) |
 * | `withdrawn`  | 7     | the citizen withdrew it (withdrawDossier) |
 * | `stopped`    | 8     | terminated by the model, or cancelled by an admin |
 * | `completed`  | 9     | finished normally without issuing a result |
 * | `returned`   | 10    | finished normally after an `issue-result` service task ran |
 */
import type { CompiledProcedure } from "@/engine/compile";
import { contexts, type StepResult } from "@/engine/step";

export type DossierStatus =
  | "submitted"
  | "received"
  | "processing"
  | "supplement"
  | "payment"
  | "incident"
  | "refused"
  | "withdrawn"
  | "stopped"
  | "completed"
  | "returned";

export const DVCQG_CODE: Record<DossierStatus, number> = {
  submitted: 1,
  received: 2,
  refused: 3,
  processing: 4,
  incident: 4,
  supplement: 5,
  payment: 6,
  withdrawn: 7,
  stopped: 8,
  completed: 9,
  returned: 10,
};

/** Statuses after which no command applies. */
export const FINAL_STATUSES: ReadonlySet<DossierStatus> = new Set([
  "refused",
  "withdrawn",
  "stopped",
  "completed",
  "returned",
]);

const REFUSAL = /refus|reject|tu-?choi|tuchoi/i;

/** Maps an engine result to our status and its DVCQG code. */
export function statusOf(
  proc: CompiledProcedure,
  result: StepResult,
): { status: DossierStatus; dvcqg: number } {
  const s = result.snapshot;
  let status: DossierStatus;
  if (result.status === "terminated") status = "stopped";
  else if (result.status === "completed") {
    const end = s.context.endEvent ?? "";
    const issued = s.context.history.some(
      (h) => h.type === "serviceTask" && issueElement(proc, h.element),
    );
    status = REFUSAL.test(end) ? "refused" : issued ? "returned" : "completed";
  } else if (result.status === "incident") status = "incident";
  else status = runningStatus(proc, result);
  return { status, dvcqg: DVCQG_CODE[status] };
}

function runningStatus(proc: CompiledProcedure, result: StepResult): DossierStatus {
  // Distinct elements: intake completed twice around a supplement is still intake.
  const userDone = new Set<string>();
  let payment = false;
  for (const { context } of contexts(result.snapshot)) {
    for (const h of context.history) if (h.type === "userTask") userDone.add(h.element);
    if (
      Object.values(context.tasks).some((t) => t.kind === "serviceTask" && t.taskType === "payment")
    )
      payment = true;
  }
  if (payment) return "payment";
  // A paused wait right after the payment task (e.g. for `payment-confirmed`) still waits on the fee.
  const last = result.snapshot.context.history.at(-1);
  if (result.paused && last && paymentElement(proc, last.element)) return "payment";
  if (result.paused) return "supplement";
  return userDone.size === 0 ? "submitted" : userDone.size === 1 ? "received" : "processing";
}

function paymentElement(proc: CompiledProcedure, element: string): boolean {
  return Object.values(proc.registry.processes).some(
    (p) => p.nodes[element]?.taskType === "payment",
  );
}

function issueElement(proc: CompiledProcedure, element: string): boolean {
  // History keeps no task type, so the element's type is read from the model (also called processes).
  for (const p of Object.values(proc.registry.processes)) {
    if (p.nodes[element]?.taskType === "issue-result") return true;
  }
  return false;
}
