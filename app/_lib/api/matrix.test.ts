/**
 * The API's authorisation, endpoint × role (issue 9): every endpoint answered
 * for an anonymous caller, a citizen, an official of the dossier's unit, an
 * official of another unit, a designer, an admin and an integration token.
 * A refusal is the contract's status and never the resource's content; every
 * success matches its documented schema.
 */
import { beforeAll, expect, it } from "vitest";
import { KHAI_SINH_DATA, setupOrganisation, workflowFiles } from "@/db/store/test-support";
import { describeOnBothDatabases } from "@/db/testing";
import { ENDPOINTS } from "./endpoints";
import { apiClient, type Reply } from "./test-client";

type Role =
  | "anonymous"
  | "citizen"
  | "official"
  | "otherUnit"
  | "designer"
  | "supervisor"
  | "admin"
  | "integration";
const ROLES: Role[] = [
  "anonymous",
  "citizen",
  "official",
  "otherUnit",
  "designer",
  "supervisor",
  "admin",
  "integration",
];

describeOnBothDatabases("API v1 authorisation matrix", (t) => {
  let api: ReturnType<typeof apiClient>;
  const token: Partial<Record<Role, string>> = {};
  let procedure = "";
  let bpmn = "";
  let forms: unknown[] = [];
  let seq = 0;

  beforeAll(async () => {
    api = apiClient(t.db);
    await setupOrganisation(t.db);
    ({ bpmn, forms } = await workflowFiles("dang-ky-khai-sinh"));
    const admin = await api.user("m-admin", ["admin"]);
    token.admin = admin.token;
    token.designer = (await api.user("m-designer", ["designer"])).token;
    // A leader who watches dashboards: reads nothing through the API.
    token.supervisor = (
      await api.user("m-supervisor", ["supervisor"], [{ unit: "HN-BD", roles: ["supervisor"] }])
    ).token;
    token.citizen = (await api.user("m-citizen", ["citizen"])).token;
    token.official = (
      await api.user(
        "m-official",
        ["official"],
        [{ unit: "HN-BD-PX", roles: ["reception", "specialist", "leader"] }],
      )
    ).token;
    token.otherUnit = (
      await api.user(
        "m-other",
        ["official"],
        [{ unit: "HN-BD-NK", roles: ["reception", "specialist", "leader"] }],
      )
    ).token;
    token.integration = await api.integration(admin.id, ["messages", "read", "payments"]);
    const published = await api.call("POST", "/procedures", {
      token: token.designer,
      body: { bpmn, forms },
    });
    expect(published.status).toBe(201);
    procedure = published.body.id;
  });

  /** A fresh dossier of the matrix citizen, with its first task's id. */
  async function dossier(): Promise<{ code: string; task: string; secret: string }> {
    const r = await api.call("POST", "/dossiers", {
      token: token.citizen,
      body: {
        procedure,
        jurisdiction: "HN-BD-PX",
        data: KHAI_SINH_DATA,
        idempotencyKey: `m-${++seq}`,
      },
    });
    expect(r.status).toBe(201);
    const view = await api.call("GET", `/dossiers/${r.body.code}`, { token: token.citizen });
    return { code: r.body.code, task: view.body.openTasks[0].id, secret: r.body.secret };
  }

  const unique = () => `${Date.now().toString(36)}${++seq}`;

  /** One call per endpoint; `fresh` makes whatever state the call needs. */
  const CASES: {
    endpoint: string;
    call: (role: Role) => Promise<Reply>;
    expect: Record<Role, number>;
  }[] = [
    {
      endpoint: "PUT /admin/levels",
      call: (r) =>
        api.call("PUT", "/admin/levels", {
          token: token[r],
          body: { levels: ["city", "district", "commune"] },
        }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 200,
        integration: 403,
      },
    },
    {
      endpoint: "POST /admin/units",
      call: (r) =>
        api.call("POST", "/admin/units", {
          token: token[r],
          body: {
            code: `HN-BD-X${unique()}`,
            name: "Phường thử",
            level: "commune",
            parent: "HN-BD",
          },
        }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 201,
        integration: 403,
      },
    },
    {
      endpoint: "POST /admin/users",
      call: (r) =>
        api.call("POST", "/admin/users", {
          token: token[r],
          body: {
            username: `u${unique()}`,
            password: "long-enough-1",
            name: "Cán bộ",
            roles: [],
            memberships: [{ unit: "HN-BD-PX", roles: ["reception"] }],
          },
        }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 201,
        integration: 403,
      },
    },
    {
      endpoint: "POST /admin/tokens",
      call: (r) =>
        api.call("POST", "/admin/tokens", {
          token: token[r],
          body: { name: "Cổng DVCQG", scopes: ["messages", "read"] },
        }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 201,
        integration: 403,
      },
    },
    {
      endpoint: "DELETE /admin/tokens/{id}",
      call: async (r) => {
        const issued = await api.call("POST", "/admin/tokens", {
          token: token.admin,
          body: { name: "kiosk", scopes: ["read"] },
        });
        return api.call("DELETE", `/admin/tokens/${issued.body.id}`, { token: token[r] });
      },
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 204,
        integration: 403,
      },
    },
    {
      endpoint: "POST /procedures",
      call: (r) =>
        api.call("POST", "/procedures", { token: token[r], body: { bpmn, forms, note: "matrix" } }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 403,
        otherUnit: 403,
        designer: 201,
        supervisor: 403,
        admin: 201,
        integration: 403,
      },
    },
    {
      endpoint: "GET /procedures",
      call: (r) => api.call("GET", "/procedures", { token: token[r] }),
      expect: {
        anonymous: 200,
        citizen: 200,
        official: 200,
        otherUnit: 200,
        designer: 200,
        supervisor: 200,
        admin: 200,
        integration: 200,
      },
    },
    {
      endpoint: "GET /procedures/{id}",
      call: (r) => api.call("GET", `/procedures/${procedure}`, { token: token[r] }),
      expect: {
        anonymous: 200,
        citizen: 200,
        official: 200,
        otherUnit: 200,
        designer: 200,
        supervisor: 200,
        admin: 200,
        integration: 200,
      },
    },
    {
      endpoint: "POST /dossiers",
      call: (r) =>
        api.call("POST", "/dossiers", {
          token: token[r],
          body: {
            procedure,
            jurisdiction: "HN-BD-PX",
            data: KHAI_SINH_DATA,
            idempotencyKey: unique(),
          },
        }),
      expect: {
        anonymous: 401,
        citizen: 201,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 403,
        integration: 403,
      },
    },
    {
      endpoint: "GET /dossiers",
      call: (r) => api.call("GET", "/dossiers", { token: token[r] }),
      expect: {
        anonymous: 401,
        citizen: 200,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 403,
        integration: 403,
      },
    },
    {
      endpoint: "GET /dossiers/{code}",
      call: async (r) =>
        api.call("GET", `/dossiers/${(await dossier()).code}`, { token: token[r] }),
      expect: {
        anonymous: 401,
        citizen: 200,
        official: 200,
        otherUnit: 404,
        designer: 404,
        supervisor: 404,
        admin: 200,
        integration: 200,
      },
    },
    {
      endpoint: "POST /dossiers/{code}/messages",
      // Nothing waits for this message: the allowed callers reach the verb and get its 409.
      call: async (r) =>
        api.call("POST", `/dossiers/${(await dossier()).code}/messages`, {
          token: token[r],
          body: { name: "no-such-message", data: {}, idempotencyKey: unique() },
        }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 409,
        integration: 409,
      },
    },
    {
      endpoint: "POST /dossiers/{code}/payments",
      // Birth registration has no fee step: the allowed callers reach the verb and get its 409.
      call: async (r) =>
        api.call("POST", `/dossiers/${(await dossier()).code}/payments`, {
          token: token[r],
          body: { amount: 50000, provider: "vietqr", idempotencyKey: unique() },
        }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 403,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 409,
        integration: 409,
      },
    },
    {
      endpoint: "GET /tasks",
      call: (r) => api.call("GET", "/tasks", { token: token[r] }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 200,
        otherUnit: 200,
        designer: 403,
        supervisor: 403,
        admin: 403,
        integration: 403,
      },
    },
    {
      endpoint: "POST /tasks/{id}/claim",
      call: async (r) =>
        api.call("POST", `/tasks/${(await dossier()).task}/claim`, { token: token[r] }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 200,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 403,
        integration: 403,
      },
    },
    {
      endpoint: "POST /tasks/{id}/unclaim",
      call: async (r) => {
        const d = await dossier();
        await api.call("POST", `/tasks/${d.task}/claim`, { token: token.official });
        return api.call("POST", `/tasks/${d.task}/unclaim`, { token: token[r] });
      },
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 200,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 403,
        integration: 403,
      },
    },
    {
      endpoint: "POST /tasks/{id}/complete",
      call: async (r) =>
        api.call("POST", `/tasks/${(await dossier()).task}/complete`, {
          token: token[r],
          body: { data: { decision: "approve" }, idempotencyKey: unique() },
        }),
      expect: {
        anonymous: 401,
        citizen: 403,
        official: 200,
        otherUnit: 403,
        designer: 403,
        supervisor: 403,
        admin: 403,
        integration: 403,
      },
    },
  ];

  it("covers every endpoint of the contract (besides the token and document endpoints)", () => {
    const covered = new Set(CASES.map((c) => c.endpoint));
    const all = ENDPOINTS.map((e) => `${e.method} ${e.path}`).filter(
      (e) => !e.endsWith(" /auth/token"),
    );
    expect([...covered].sort()).toEqual(all.sort());
  });

  for (const c of CASES) {
    it(`${c.endpoint}: ${ROLES.map((r) => `${r} ${c.expect[r]}`).join(", ")}`, async () => {
      const endpoint = ENDPOINTS.find((e) => `${e.method} ${e.path}` === c.endpoint)!;
      for (const role of ROLES) {
        const reply = await c.call(role);
        expect({
          role,
          status: reply.status,
          body: reply.status >= 400 ? reply.body : "ok",
        }).toMatchObject({
          role,
          status: c.expect[role],
        });
        if (reply.status < 300 && endpoint.ok.schema) endpoint.ok.schema.parse(reply.body);
        if (reply.status === 204) expect(reply.body).toBeNull();
        if (reply.status >= 400) {
          expect(Object.keys(reply.body)).toEqual(["error"]);
          expect(reply.body.error.code).toMatch(/^[A-Z_]+$/);
          // A refusal never carries the resource.
          expect(JSON.stringify(reply.body)).not.toContain("hoTenTre");
        }
      }
    });
  }

  it("another citizen, a wrong secret and no secret cannot read a dossier; the right secret can", async () => {
    const d = await dossier();
    const other = await api.user("m-citizen-2", ["citizen"]);
    const denied = await api.call("GET", `/dossiers/${d.code}`, { token: other.token });
    expect(denied).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    expect(JSON.stringify(denied.body)).not.toContain(procedure);
    expect((await api.call("GET", `/dossiers/${d.code}?secret=wrong`)).status).toBe(404);
    expect((await api.call("GET", `/dossiers/${d.code}`)).status).toBe(401);
    const open = await api.call(
      "GET",
      `/dossiers/${d.code}?secret=${encodeURIComponent(d.secret)}`,
    );
    expect(open.status).toBe(200);
    expect(open.body.data).toBeUndefined();
  });

  it("an integration token without the messages scope may not deliver; one without read may not read", async () => {
    const admin = await api.user("m-admin-2", ["admin"]);
    const readOnly = await api.integration(admin.id, ["read"]);
    const messagesOnly = await api.integration(admin.id, ["messages"]);
    const d = await dossier();
    expect(
      (
        await api.call("POST", `/dossiers/${d.code}/messages`, {
          token: readOnly,
          body: { name: "x", idempotencyKey: "k" },
        })
      ).status,
    ).toBe(403);
    expect((await api.call("GET", `/dossiers/${d.code}`, { token: messagesOnly })).status).toBe(
      404,
    );
    // nor record a payment without the payments scope
    const payment = { amount: 1000, provider: "vietqr", idempotencyKey: "p" };
    for (const t of [readOnly, messagesOnly])
      expect(
        (await api.call("POST", `/dossiers/${d.code}/payments`, { token: t, body: payment }))
          .status,
      ).toBe(403);
  });
});
