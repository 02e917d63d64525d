/**
 * Studio verbs are for designers and admins only (DESIGN.md §9). Every verb
 * calls this first; the pages and actions call the verbs, so hiding a link
 * is never the guard.
 */
import type { Actor } from "../actor";
import { ServiceError } from "../errors";

export type StudioActor = Extract<Actor, { kind: "designer" | "admin" }>;

/** Throws FORBIDDEN unless `actor` is a designer or an admin. */
export function assertStudioActor(actor: Actor | null): asserts actor is StudioActor {
  if (!actor) throw new ServiceError("UNAUTHENTICATED", "sign in first");
  if (actor.kind !== "designer" && actor.kind !== "admin")
    throw new ServiceError("FORBIDDEN", "only designers and admins use the studio");
}

/** The user id for `created_by` / `actor_id` columns: only a real uuid, else null. */
export function actorUuid(actor: StudioActor): string | null {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(actor.id)
    ? actor.id
    : null;
}
