import { describe, expect, it } from "vitest";
import { principalOf } from "@/db/services/auth/test-principals";
import {
  PROTECTED_ROUTES,
  routeDecision,
  type ProtectedRoute,
  type RouteDecision,
} from "./route-access";

// Every protected page × every role, as the server decides it.
const MATRIX: Record<ProtectedRoute, Record<string, RouteDecision>> = {
  "/dashboard": {
    anonymous: "sign-in",
    admin: "allow",
    designer: "forbidden",
    official: "allow",
    supervisor: "allow",
    citizen: "forbidden",
  },
  "/admin": {
    anonymous: "sign-in",
    admin: "allow",
    designer: "forbidden",
    official: "forbidden",
    supervisor: "forbidden",
    citizen: "forbidden",
  },
  "/admin/units": {
    anonymous: "sign-in",
    admin: "allow",
    designer: "forbidden",
    official: "forbidden",
    supervisor: "forbidden",
    citizen: "forbidden",
  },
  "/admin/users": {
    anonymous: "sign-in",
    admin: "allow",
    designer: "forbidden",
    official: "forbidden",
    supervisor: "forbidden",
    citizen: "forbidden",
  },
  "/admin/calendar": {
    anonymous: "sign-in",
    admin: "allow",
    designer: "forbidden",
    official: "forbidden",
    supervisor: "forbidden",
    citizen: "forbidden",
  },
  "/admin/audit": {
    anonymous: "sign-in",
    admin: "allow",
    designer: "forbidden",
    official: "forbidden",
    supervisor: "forbidden",
    citizen: "forbidden",
  },
  "/admin/tokens": {
    anonymous: "sign-in",
    admin: "allow",
    designer: "forbidden",
    official: "forbidden",
    supervisor: "forbidden",
    citizen: "forbidden",
  },
  "/inbox": {
    anonymous: "sign-in",
    admin: "forbidden",
    designer: "forbidden",
    official: "allow",
    supervisor: "forbidden",
    citizen: "forbidden",
  },
};

describe("protected routes: route × role", () => {
  it("lists every protected route", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(PROTECTED_ROUTES).sort());
  });
  for (const [route, row] of Object.entries(MATRIX) as [
    ProtectedRoute,
    Record<string, RouteDecision>,
  ][]) {
    for (const [role, expected] of Object.entries(row)) {
      it(`${route} for ${role}: ${expected}`, () => {
        const p = role === "anonymous" ? null : principalOf(role as "admin");
        expect(routeDecision(route, p)).toBe(expected);
      });
    }
  }
});
