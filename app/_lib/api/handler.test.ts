/**
 * The API's transport and contract answers (DESIGN.md §7): bodies, errors,
 * tokens, the rate limit, the generated document, idempotency and races.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { history } from "@/db/schema";
import {
  KHAI_SINH_DATA,
  publishRaw,
  setupOrganisation,
  workflowFiles,
} from "@/db/store/test-support";
import { EXTERNAL_BPMN, PAYMENT_BPMN } from "@/db/test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "@/db/testing";
import { ENDPOINTS } from "./endpoints";
import { apiClient } from "./test-client";

describeOnBothDatabases("API v1 handler", (t) => {
  let api: ReturnType<typeof apiClient>;
  let admin: { id: string; token: string };
  let designer: { token: string };
  let citizen: { token: string };
  let official: { token: string };
  let official2: { token: string };
  let procedure = "";
  let bpmn = "";
  let forms: unknown[] = [];

  beforeAll(async () => {
    api = apiClient(t.db);
    await setupOrganisation(t.db);
    ({ bpmn, forms } = await workflowFiles("dang-ky-khai-sinh"));
    admin = await api.user("h-admin", ["admin"]);
    designer = await api.user("h-designer", ["designer"]);
    citizen = await api.user("h-citizen", ["citizen"]);
    const px = [{ unit: "HN-BD-PX", roles: ["reception", "specialist", "leader"] }];
    official = await api.user("h-official", ["official"], px);
    official2 = await api.user("h-official-2", ["official"], px);
    procedure = (
      await api.call("POST", "/procedures", { token: designer.token, body: { bpmn, forms } })
    ).body.id;
  });

  /** A dossier of a test model (published here), with no start form, by the citizen. */
  async function submitTo(bpmnText: string, id: string) {
    await publishRaw(t.db, bpmnText, []);
    return api.call("POST", "/dossiers", {
      token: citizen.token,
      body: { procedure: id, jurisdiction: "HN-BD-PX", data: {}, idempotencyKey: id },
    });
  }

  const submit = (key: string, data: Record<string, unknown> = KHAI_SINH_DATA) =>
    api.call("POST", "/dossiers", {
      token: citizen.token,
      body: { procedure, jurisdiction: "HN-BD-PX", data, idempotencyKey: key },
    });

  it("bad credentials are 401 with the error shape; a forged token is 401", async () => {
    const bad = await api.call("POST", "/auth/token", {
      body: { username: "h-admin", password: "wrong-one" },
    });
    expect(bad).toMatchObject({
      status: 401,
      body: { error: { code: "UNAUTHENTICATED", details: [] } },
    });
    const forged = await api.call("GET", "/tasks", { token: "mc_forged.signature" });
    expect(forged).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
  });

  it("DELETE /auth/token ends the token in use; without a token it is 401", async () => {
    const u = await api.user("h-bye", ["citizen"]);
    expect((await api.call("GET", "/dossiers", { token: u.token })).status).toBe(200);
    expect((await api.call("DELETE", "/auth/token", { token: u.token })).status).toBe(204);
    expect((await api.call("GET", "/dossiers", { token: u.token })).status).toBe(401);
    expect((await api.call("DELETE", "/auth/token")).status).toBe(401);
  });

  it("the same idempotency key twice gives one dossier; a new key gives another", async () => {
    const a = await submit("same-key");
    const b = await submit("same-key");
    expect(a.status).toBe(201);
    expect(b).toMatchObject({ status: 201, body: a.body });
    expect(a.body).toMatchObject({
      status: "active",
      stage: "submitted",
      secret: expect.any(String),
    });
    expect(a.body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const c = await submit("other-key");
    expect(c.body.code).not.toBe(a.body.code);
  });

  it("bad start data is 422 naming the fields, and creates nothing", async () => {
    const before = await api.call("GET", "/dossiers", { token: citizen.token });
    const r = await submit("bad-data", { ...KHAI_SINH_DATA, hoTenTre: "" });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("VALIDATION");
    expect(r.body.error.details).toContainEqual(expect.objectContaining({ field: "hoTenTre" }));
    const after = await api.call("GET", "/dossiers", { token: citizen.token });
    expect(after.body).toHaveLength(before.body.length);
  });

  it("an unknown procedure is 404 and an unknown jurisdiction 422", async () => {
    const none = await api.call("POST", "/dossiers", {
      token: citizen.token,
      body: { procedure: "NoSuch", jurisdiction: "HN-BD-PX", data: {}, idempotencyKey: "n1" },
    });
    expect(none.status).toBe(404);
    const where = await api.call("POST", "/dossiers", {
      token: citizen.token,
      body: { procedure, jurisdiction: "XX-NOWHERE", data: KHAI_SINH_DATA, idempotencyKey: "n2" },
    });
    expect(where).toMatchObject({
      status: 422,
      body: { error: { details: [{ field: "jurisdiction" }] } },
    });
  });

  it("a broken model is 422 with validate's problems naming element ids", async () => {
    const broken = bpmn.replace(/candidateGroups="reception"/, 'candidateGroups=""');
    const r = await api.call("POST", "/procedures", {
      token: designer.token,
      body: { bpmn: broken, forms },
    });
    expect(r.status).toBe(422);
    expect(r.body.error.details.some((d: { id: string | null }) => typeof d.id === "string")).toBe(
      true,
    );
    const notXml = await api.call("POST", "/procedures", {
      token: designer.token,
      body: { bpmn: "<nope", forms: [] },
    });
    expect(notXml.status).toBe(422);
  });

  it("two officials complete one task at the same moment: one 200, one 409, the dossier advanced once", async () => {
    const d = await submit("race");
    const view = await api.call("GET", `/dossiers/${d.body.code}`, { token: citizen.token });
    const task = view.body.openTasks[0].id as string;
    const [a, b] = await Promise.all(
      [official, official2].map((o, i) =>
        api.call("POST", `/tasks/${task}/complete`, {
          token: o.token,
          body: { data: { decision: "approve" }, idempotencyKey: `race-${i}` },
        }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    const loser = a!.status === 409 ? a! : b!;
    expect(loser.body.error.code).toBe("CONFLICT");
    expect(loser.body.error.message).toContain("Task_Reception");
    const after = await api.call("GET", `/dossiers/${d.body.code}`, { token: citizen.token });
    expect(
      after.body.history.filter((h: { element: string }) => h.element === "Task_Reception"),
    ).toHaveLength(1);
    // The same official repeating their own key gets the first answer back.
    const winner =
      a!.status === 200
        ? { r: a!, o: official, k: "race-0" }
        : { r: b!, o: official2, k: "race-1" };
    const again = await api.call("POST", `/tasks/${task}/complete`, {
      token: winner.o.token,
      body: { data: { decision: "approve" }, idempotencyKey: winner.k },
    });
    expect(again).toMatchObject({ status: 200, body: { dossier: { code: d.body.code } } });
  });

  it("claim: 409 when someone else holds the task; its claimer may complete it", async () => {
    const d = await submit("claim");
    const task = (await api.call("GET", `/dossiers/${d.body.code}`, { token: citizen.token })).body
      .openTasks[0].id;
    expect((await api.call("POST", `/tasks/${task}/claim`, { token: official.token })).status).toBe(
      200,
    );
    const taken = await api.call("POST", `/tasks/${task}/claim`, { token: official2.token });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: "CONFLICT" } } });
    const inbox = await api.call("GET", "/tasks", { token: official2.token });
    expect(inbox.body.find((x: { id: string }) => x.id === task)).toMatchObject({
      state: "claimed",
    });
    const done = await api.call("POST", `/tasks/${task}/complete`, {
      token: official.token,
      body: { data: { decision: "approve" }, idempotencyKey: "c" },
    });
    expect(done.body.dossier).toMatchObject({ status: "active", stage: "received" });
    expect(done.body.dossier.openTasks[0]).toMatchObject({
      element: "Task_Register",
      tier: "commune",
    });
  });

  it("a task id that is no task is 404; a missing idempotency key is 422 naming it", async () => {
    expect(
      (await api.call("POST", "/tasks/not-a-uuid/claim", { token: official.token })).status,
    ).toBe(404);
    expect(
      (
        await api.call("POST", "/tasks/00000000-0000-4000-8000-000000000000/claim", {
          token: official.token,
        })
      ).status,
    ).toBe(404);
    const d = await submit("no-key");
    const task = (await api.call("GET", `/dossiers/${d.body.code}`, { token: citizen.token })).body
      .openTasks[0].id;
    const r = await api.call("POST", `/tasks/${task}/complete`, {
      token: official.token,
      body: { data: {} },
    });
    expect(r).toMatchObject({
      status: 422,
      body: { error: { details: [{ field: "idempotencyKey" }] } },
    });
  });

  it("malformed JSON is 422, an oversized body 413, an unknown path 404, a wrong method 405", async () => {
    const bad = await api.call("POST", "/dossiers", { token: citizen.token, raw: "{not json" });
    expect(bad).toMatchObject({
      status: 422,
      body: { error: { code: "VALIDATION", details: [{ field: "(body)" }] } },
    });
    const big = await api.call("POST", "/auth/token", {
      raw: JSON.stringify({ username: "x".repeat(10_000) }),
    });
    expect(big).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE" } } });
    expect((await api.call("GET", "/nothing-here")).status).toBe(404);
    const wrong = await api.call("DELETE", "/procedures");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toContain("GET");
  });

  it("a caller over the per-minute limit gets 429 with Retry-After", async () => {
    const limited = apiClient(t.db, { perMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await limited.call("GET", "/procedures", { token: citizen.token })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const r = await limited.call("GET", "/procedures", { token: citizen.token });
    expect(r.body.error.code).toBe("RATE_LIMITED");
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("every request made with a token is in the audit log", async () => {
    const u = await api.user("h-audited", ["citizen"]);
    await api.call("GET", "/dossiers", { token: u.token });
    const rows = await t.db
      .select()
      .from(history)
      .where(and(eq(history.actorId, u.id), eq(history.action, "api.request")));
    expect(rows.map((r) => r.details)).toEqual([
      expect.objectContaining({
        method: "GET",
        path: "/api/v1/dossiers",
        status: 200,
        kind: "user",
      }),
    ]);
    expect(rows[0]!.actorKind).toBe("citizen");
  });

  it("an admin token cannot submit as a citizen (the capacity is the role, not the person)", async () => {
    const r = await api.call("POST", "/dossiers", {
      token: admin.token,
      body: { procedure, jurisdiction: "HN-BD-PX", data: KHAI_SINH_DATA, idempotencyKey: "a" },
    });
    expect(r.status).toBe(403);
  });

  it("another system completes an external service task with a tasks-scoped token; officials cannot", async () => {
    const d = await submitTo(EXTERNAL_BPMN, "Store_External");
    const view = await api.call("GET", `/dossiers/${d.body.code}`, { token: citizen.token });
    const tax = view.body.openTasks[0];
    expect(tax).toMatchObject({ element: "Task_Tax" });
    const body = { data: { taxPaid: true }, idempotencyKey: "tax-1" };
    const byOfficial = await api.call("POST", `/tasks/${tax.id}/complete`, {
      token: official.token,
      body,
    });
    expect(byOfficial.status).toBe(403);
    const noScope = await api.integration(admin.id, ["messages", "read"]);
    expect(
      (await api.call("POST", `/tasks/${tax.id}/complete`, { token: noScope, body })).status,
    ).toBe(403);
    const system = await api.integration(admin.id, ["tasks"]);
    const done = await api.call("POST", `/tasks/${tax.id}/complete`, { token: system, body });
    expect(done).toMatchObject({ status: 200, body: { dossier: { status: "active" } } });
    expect(done.body.dossier.openTasks.map((x: { element: string }) => x.element)).toEqual([
      "Task_C",
    ]);
  });

  it("a payment gateway records the fee with a payments-scoped token: the dossier leaves the payment stage once", async () => {
    const d = await submitTo(PAYMENT_BPMN, "Store_Payment");
    expect(d.body.stage).toBe("payment");
    const gateway = await api.integration(admin.id, ["payments"]);
    const body = { amount: 50000, provider: "paygov", reference: "PG-1", idempotencyKey: "pg-1" };
    const paid = await api.call("POST", `/dossiers/${d.body.code}/payments`, {
      token: gateway,
      body,
    });
    expect(paid.status).toBe(202);
    expect(paid.body.stage).not.toBe("payment");
    // the gateway's retry of the same callback answers the same and records nothing more
    const again = await api.call("POST", `/dossiers/${d.body.code}/payments`, {
      token: gateway,
      body,
    });
    expect(again).toMatchObject({ status: 202, body: paid.body });
    // a second, different payment finds nothing awaited
    const extra = await api.call("POST", `/dossiers/${d.body.code}/payments`, {
      token: gateway,
      body: { ...body, idempotencyKey: "pg-2" },
    });
    expect(extra).toMatchObject({ status: 409, body: { error: { code: "CONFLICT" } } });
    // a bad amount names the field
    const bad = await api.call("POST", `/dossiers/${d.body.code}/payments`, {
      token: gateway,
      body: { ...body, amount: -1, idempotencyKey: "pg-3" },
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain("amount");
  });

  it("a session-cookie write must come from our origin; a foreign or null Origin is 403, never a 500", async () => {
    const u = await api.user("h-session", ["citizen"]);
    const browser = apiClient(t.db, { sessionUser: u.id });
    const submitFrom = (origin: string, key: string) =>
      browser.call("POST", "/dossiers", {
        headers: { cookie: "session=1", origin, host: "test.local" },
        body: { procedure, jurisdiction: "HN-BD-PX", data: KHAI_SINH_DATA, idempotencyKey: key },
      });
    expect((await submitFrom("https://evil.example", "x1")).status).toBe(403);
    expect((await submitFrom("null", "x2")).status).toBe(403);
    expect((await submitFrom("http://test.local", "x3")).status).toBe(201);
    const mine = await browser.call("GET", "/dossiers", { headers: { cookie: "session=1" } });
    expect(mine.body).toHaveLength(1);
  });

  it("serves an OpenAPI 3.1 document generated from the endpoint table", async () => {
    const r = await api.call("GET", "/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe("3.1.0");
    for (const e of ENDPOINTS)
      expect(r.body.paths[`/api/v1${e.path}`][e.method.toLowerCase()]).toBeDefined();
    const submitBody =
      r.body.paths["/api/v1/dossiers"].post.requestBody.content["application/json"].schema;
    expect(submitBody.required).toEqual(
      expect.arrayContaining(["procedure", "jurisdiction", "data", "idempotencyKey"]),
    );
    expect(r.body.paths["/api/v1/tasks/{id}/complete"].post.responses["409"]).toBeDefined();
  });
});
