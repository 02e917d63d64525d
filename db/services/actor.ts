/**
 * Who runs a service verb (STYLE.md §4). The Accounts code builds one from a
 * session or an API token; the verbs only read it. Keep this file small and
 * stable: both the accounts and the store side depend on it.
 */

/** An official's role codes (`reception`, `specialist`, `leader`, …) in one unit. */
export interface Membership {
  unit: string;
  roles: string[];
}

export type Actor =
  | { kind: "citizen"; id: string }
  | { kind: "official"; id: string; memberships: Membership[] }
  | { kind: "designer"; id: string }
  | { kind: "admin"; id: string }
  /** Timers, workers, the seed: `name` says which part of the system acted. */
  | { kind: "system"; id: null; name: string }
  /** An integration token (national portal, payment gateway, kiosk) owned by user `id`. */
  | { kind: "integration"; id: string; scopes: string[] };

export type ActorKind = Actor["kind"];

/** The system actor for a named component, e.g. `systemActor("worker")`. */
export function systemActor(name: string): Actor {
  return { kind: "system", id: null, name };
}

/** The id stored in history (`actor_id`); null for the system. */
export function actorId(actor: Actor): string | null {
  return actor.kind === "system" ? null : actor.id;
}

/** True when the official holds one of `roles` in `unit` (any role when `roles` is empty). */
export function holdsRole(actor: Actor, unit: string | null, roles: readonly string[]): boolean {
  if (actor.kind !== "official" || unit === null) return false;
  return actor.memberships.some(
    (m) => m.unit === unit && (roles.length === 0 || m.roles.some((r) => roles.includes(r))),
  );
}
