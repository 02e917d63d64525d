/**
 * Authorisation, in one place and pure (DESIGN.md §9, ADR 0009). Every
 * service verb and every protected page or route handler asks `can()` or
 * `assertCan()` on the server; hiding a button is never the guard.
 *
 * The table below is the whole policy for the actions that exist today; the
 * matrix test (`authz.test.ts`) pins it for every role.
 */
import type { Principal } from "./auth/principal";
import { ServiceError } from "./errors";

/** Everything a signed-in person may be allowed to do. */
export const ACTIONS = [
  "admin.view",
  "org.manage",
  "users.manage",
  "calendar.manage",
  "audit.view",
  "inbox.view",
  "studio.view",
  "dashboard.view",
  "devmail.view",
  "account.signOutEverywhere",
] as const;
export type Action = (typeof ACTIONS)[number];

/** The role classes the matrix is written for. */
export type RoleClass = "admin" | "designer" | "official" | "supervisor" | "citizen";

const POLICY: Record<Action, readonly RoleClass[]> = {
  "admin.view": ["admin"],
  "org.manage": ["admin"],
  "users.manage": ["admin"],
  "calendar.manage": ["admin"],
  "audit.view": ["admin"],
  "inbox.view": ["official"],
  "studio.view": ["designer", "admin"],
  "dashboard.view": ["admin", "supervisor", "official"],
  "devmail.view": ["admin"],
  "account.signOutEverywhere": ["admin", "designer", "official", "supervisor", "citizen"],
};

/**
 * The role classes a principal acts in: its global roles, where `official`
 * counts only with a membership in force (an official without a unit sees no work).
 */
export function roleClasses(p: Principal): Set<RoleClass> {
  const out = new Set<RoleClass>();
  for (const r of p.roles) {
    if (r === "admin" || r === "designer" || r === "supervisor" || r === "citizen") out.add(r);
    if (r === "official" && p.memberships.some((m) => m.roles.some((c) => c !== "supervisor")))
      out.add("official");
  }
  return out;
}

/** Whether `p` may do `action`. Anonymous visitors may do none of these. */
export function can(p: Principal | null, action: Action): boolean {
  if (!p) return false;
  const classes = roleClasses(p);
  return POLICY[action].some((r) => classes.has(r));
}

/** Throws UNAUTHENTICATED for anonymous visitors and FORBIDDEN when `p` may not do `action`. */
export function assertCan(p: Principal | null, action: Action): asserts p is Principal {
  if (!p) throw new ServiceError("UNAUTHENTICATED", "sign in first");
  if (!can(p, action)) throw new ServiceError("FORBIDDEN", `not allowed: ${action}`);
}

/** The units a principal works in (memberships in force), without duplicates, in order. */
export function unitsOf(p: Principal | null): string[] {
  return p ? [...new Set(p.memberships.map((m) => m.unit))] : [];
}

/**
 * The units a supervisor may read (read-only): every unit at or below one
 * where they hold the `supervisor` role code. `units` is the organisation
 * (code and parent). Empty for everyone else.
 */
export function supervisedUnits(
  p: Principal | null,
  units: readonly { code: string; parent?: string | null }[],
): Set<string> {
  if (!p || !p.roles.includes("supervisor")) return new Set<string>();
  const roots = p.memberships.filter((m) => m.roles.includes("supervisor")).map((m) => m.unit);
  return withDescendants(roots, units);
}

/** `roots` and every unit below them in the tree `units` describes. */
export function withDescendants(
  roots: Iterable<string>,
  units: readonly { code: string; parent?: string | null }[],
): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units)
    if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u.code]);
  const out = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const code = queue.pop()!;
    if (out.has(code)) continue;
    out.add(code);
    queue.push(...(children.get(code) ?? []));
  }
  return out;
}
