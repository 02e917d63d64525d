import { describe, expect, it } from "vitest";
import { principalOf } from "./auth/test-principals";
import { ACTIONS, assertCan, can, supervisedUnits, type Action, type RoleClass } from "./authz";

// The role × action matrix: exactly these cells are allowed, every other one refused.
const MATRIX: Record<Action, Record<RoleClass | "anonymous", boolean>> = {
  "admin.view": {
    anonymous: false,
    admin: true,
    designer: false,
    official: false,
    supervisor: false,
    citizen: false,
  },
  "org.manage": {
    anonymous: false,
    admin: true,
    designer: false,
    official: false,
    supervisor: false,
    citizen: false,
  },
  "users.manage": {
    anonymous: false,
    admin: true,
    designer: false,
    official: false,
    supervisor: false,
    citizen: false,
  },
  "calendar.manage": {
    anonymous: false,
    admin: true,
    designer: false,
    official: false,
    supervisor: false,
    citizen: false,
  },
  "audit.view": {
    anonymous: false,
    admin: true,
    designer: false,
    official: false,
    supervisor: false,
    citizen: false,
  },
  "inbox.view": {
    anonymous: false,
    admin: false,
    designer: false,
    official: true,
    supervisor: false,
    citizen: false,
  },
  "studio.view": {
    anonymous: false,
    admin: true,
    designer: true,
    official: false,
    supervisor: false,
    citizen: false,
  },
  "dashboard.view": {
    anonymous: false,
    admin: true,
    designer: false,
    official: true,
    supervisor: true,
    citizen: false,
  },
  "devmail.view": {
    anonymous: false,
    admin: true,
    designer: false,
    official: false,
    supervisor: false,
    citizen: false,
  },
  "account.signOutEverywhere": {
    anonymous: false,
    admin: true,
    designer: true,
    official: true,
    supervisor: true,
    citizen: true,
  },
};

const ROLES = ["anonymous", "admin", "designer", "official", "supervisor", "citizen"] as const;

describe("authz: role × action matrix", () => {
  it("covers every action", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = MATRIX[action][role];
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        const p = role === "anonymous" ? null : principalOf(role);
        expect(can(p, action)).toBe(allowed);
        if (allowed) expect(() => assertCan(p, action)).not.toThrow();
        else
          expect(() => assertCan(p, action)).toThrow(
            expect.objectContaining({
              code: role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
            }),
          );
      });
    }
  }

  it("an official without any membership in force is not an official", () => {
    expect(can({ ...principalOf("official"), memberships: [] }, "inbox.view")).toBe(false);
  });

  it("a person with two roles gets the union", () => {
    const both = {
      ...principalOf("admin"),
      roles: ["admin", "designer"] as ("admin" | "designer")[],
    };
    expect(can(both, "studio.view") && can(both, "org.manage")).toBe(true);
  });
});

describe("supervisedUnits", () => {
  const org = [
    { code: "HN" },
    { code: "HN-BD", parent: "HN" },
    { code: "HN-BD-PX", parent: "HN-BD" },
    { code: "HN-HK", parent: "HN" },
  ];
  it("is the subtree under the supervisor's units, and nothing for other roles", () => {
    expect([...supervisedUnits(principalOf("supervisor", undefined, "HN-BD"), org)].sort()).toEqual(
      ["HN-BD", "HN-BD-PX"],
    );
    expect(supervisedUnits(principalOf("official", undefined, "HN-BD"), org).size).toBe(0);
    expect(supervisedUnits(principalOf("admin"), org).size).toBe(0);
    expect(supervisedUnits(null, org).size).toBe(0);
  });
});
