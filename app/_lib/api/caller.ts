/**
 * Who calls the API: a bearer token (a user's own, or an integration's) or
 * the browser's session cookie (DESIGN.md §7). An endpoint asks for the
 * capacities ("hats") it serves; a person may hold several (admin and
 * designer), an integration token only its scopes.
 */
import type { Actor } from "@/db/services/actor";
import type { TokenHolder } from "@/db/services/auth/api-tokens";
import type { Principal } from "@/db/services/auth/principal";
import { ServiceError } from "@/db/services/errors";
import { actorFromPrincipal } from "../actor-from-session";

export type Hat = "admin" | "designer" | "official" | "citizen" | "integration";

export interface Caller {
  /** The person, for user tokens and sessions; null for integration tokens. */
  principal: Principal | null;
  /** The token used, if any (for the audit row and the rate limit). */
  holder: TokenHolder | null;
  via: "token" | "session" | "anonymous";
}

export const anonymous: Caller = { principal: null, holder: null, via: "anonymous" };

/** Every actor the caller may act as among `hats`; an integration needs `scope` when given. */
export function actorsOf(caller: Caller, hats: readonly Hat[], scope?: string): Actor[] {
  const out: Actor[] = [];
  for (const hat of hats) {
    if (hat === "integration") {
      const h = caller.holder;
      if (h?.kind === "integration" && (!scope || h.scopes.includes(scope)))
        out.push({ kind: "integration", id: h.userId, scopes: h.scopes });
      continue;
    }
    const a = caller.principal ? actorFromPrincipal(caller.principal, hat) : null;
    if (a) out.push(a);
  }
  return out;
}

/** The first actor among `hats`: UNAUTHENTICATED for nobody, FORBIDDEN for the wrong capacity. */
export function actorOf(caller: Caller, hats: readonly Hat[], scope?: string): Actor {
  const [first] = actorsOf(caller, hats, scope);
  if (first) return first;
  if (caller.via === "anonymous")
    throw new ServiceError("UNAUTHENTICATED", "a token or a session is required");
  throw new ServiceError("FORBIDDEN", `this needs one of: ${hats.join(", ")}`);
}

/** The signed-in person (admin verbs take a principal); integrations are refused. */
export function principalOf(caller: Caller): Principal {
  if (caller.principal) return caller.principal;
  if (caller.via === "anonymous")
    throw new ServiceError("UNAUTHENTICATED", "a token or a session is required");
  throw new ServiceError("FORBIDDEN", "integration tokens may not do this");
}
