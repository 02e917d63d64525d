/**
 * The outcome status of DESIGN.md §6 for our finer dossier status: what the
 * public API reports as `status`, so an integration reads the same words as
 * the engine's command line (`stage` and `dvcqgStatus` keep the detail).
 */
import type { DossierStatus } from "../store/status";

export type PublicStatus = "active" | "completed" | "terminated" | "incident";

const PUBLIC: Record<DossierStatus, PublicStatus> = {
  submitted: "active",
  received: "active",
  processing: "active",
  supplement: "active",
  payment: "active",
  incident: "incident",
  refused: "completed",
  completed: "completed",
  returned: "completed",
  withdrawn: "terminated",
  stopped: "terminated",
};

export function publicStatus(status: DossierStatus | string): PublicStatus {
  return PUBLIC[status as DossierStatus] ?? "active";
}
