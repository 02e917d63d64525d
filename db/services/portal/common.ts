/** Shared by the portal verbs: who may act as the applicant, and the audit row. */
import type { Tx } from "../../client";
import { writeHistory } from "../../store/write";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";

export type Citizen = Extract<Actor, { kind: "citizen" }>;

/** Authorisation first (STYLE.md §4): portal writes are the applicant's own. */
export function asCitizen(actor: Actor | null, what: string): Citizen {
  if (!actor) throw new ServiceError("UNAUTHENTICATED", `sign in to ${what}`);
  if (actor.kind !== "citizen") throw new ServiceError("FORBIDDEN", `only citizens ${what}`);
  return actor;
}

/** The audit row of a portal change, inside its transaction. */
export function auditPortal(
  tx: Tx,
  actor: Actor,
  action: string,
  dossierId: string | null,
  details: Record<string, unknown>,
  at: Date,
  status: string | null = null,
): Promise<void> {
  return writeHistory(tx, dossierId, { actor, action, details }, status, status, at);
}
