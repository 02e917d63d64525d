/**
 * Which action each protected page needs (ADR 0009). Pages call
 * `requireRoute(path)` (app/_lib/session.ts), which asks `routeDecision`;
 * the matrix test runs every route × role through it. Verbs check again.
 */
import type { Principal } from "@/db/services/auth/principal";
import { can, type Action } from "@/db/services/authz";

export const PROTECTED_ROUTES = {
  "/admin": "admin.view",
  "/admin/units": "org.manage",
  "/admin/users": "users.manage",
  "/admin/calendar": "calendar.manage",
  "/admin/audit": "audit.view",
  "/admin/tokens": "users.manage",
  "/inbox": "inbox.view",
  // Which units a leader or supervisor may watch is the dashboard verb's decision.
  "/dashboard": "dashboard.view",
} as const satisfies Record<string, Action>;

export type ProtectedRoute = keyof typeof PROTECTED_ROUTES;
export type RouteDecision = "allow" | "sign-in" | "forbidden";

/** Whether `p` may open `route`: allowed, must sign in first, or forbidden. */
export function routeDecision(route: ProtectedRoute, p: Principal | null): RouteDecision {
  if (!p) return "sign-in";
  return can(p, PROTECTED_ROUTES[route]) ? "allow" : "forbidden";
}
