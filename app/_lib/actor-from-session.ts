import type { Actor } from "@/db/services/actor";
import type { Principal } from "@/db/services/auth/principal";

/**
 * The services' `Actor` for a signed-in principal acting in one capacity
 * (a person may be both admin and designer; the caller says which hat the
 * request wears). Null when the principal does not hold that capacity.
 */
export function actorFromPrincipal(p: Principal, as: Actor["kind"]): Actor | null {
  switch (as) {
    case "admin":
    case "designer":
    case "citizen":
      return p.roles.includes(as) ? { kind: as, id: p.userId } : null;
    case "official": {
      const memberships = p.memberships
        .filter((m) => m.roles.some((r) => r !== "supervisor"))
        .map((m) => ({ unit: m.unit, roles: m.roles }));
      return p.roles.includes("official") && memberships.length > 0
        ? { kind: "official", id: p.userId, memberships }
        : null;
    }
    default:
      return null;
  }
}
