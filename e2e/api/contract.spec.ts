/**
 * The public API v1 from outside (issue 9, DESIGN.md §7): the real server on
 * PostgreSQL with its worker, driven only over HTTP. It starts EMPTY; the
 * first administrator (BOOTSTRAP_ADMIN) builds the organisation, a designer
 * publishes an inter-tier procedure, a citizen applies, officials of two
 * tiers work it, and another agency's system answers with a message.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { API_E2E_ADMIN } from "../port";

const run = Date.now().toString(36);
const FORM = {
  id: "Form_ApiStart",
  type: "default",
  components: [
    {
      type: "textfield",
      key: "hoTen",
      label: "Họ và tên",
      validate: { required: true, maxLength: 100 },
    },
    { type: "number", key: "soBanSao", label: "Số bản sao", validate: { min: 1, max: 10 } },
  ],
};

const PROCESS = "Process_ApiLienThong";
const bpmn = (districtRoles = "specialist") => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Defs_Api" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${PROCESS}" name="Thủ tục liên thông thử qua API" isExecutable="true">
    <bpmn:extensionElements><zeebe:properties>
      <zeebe:property name="code" value="9.000001" /><zeebe:property name="level" value="3" />
      <zeebe:property name="sla" value="5" /><zeebe:property name="fee" value="0" />
    </zeebe:properties></bpmn:extensionElements>
    <bpmn:startEvent id="Start"><bpmn:extensionElements><zeebe:formDefinition formId="Form_ApiStart" /></bpmn:extensionElements></bpmn:startEvent>
    <bpmn:userTask id="Task_Commune" name="Tiếp nhận tại xã">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="reception" />
        <zeebe:properties><zeebe:property name="tier" value="commune" /><zeebe:property name="sla" value="1" /></zeebe:properties>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:userTask id="Task_District" name="Thẩm định tại huyện">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="${districtRoles}" />
        <zeebe:properties><zeebe:property name="tier" value="district" /><zeebe:property name="sla" value="3" /></zeebe:properties>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:intermediateCatchEvent id="Catch_Police"><bpmn:messageEventDefinition messageRef="Msg_Police" /></bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="End_Done" />
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Commune" />
    <bpmn:sequenceFlow id="F2" sourceRef="Task_Commune" targetRef="Task_District" />
    <bpmn:sequenceFlow id="F3" sourceRef="Task_District" targetRef="Catch_Police" />
    <bpmn:sequenceFlow id="F4" sourceRef="Catch_Police" targetRef="End_Done" />
  </bpmn:process>
  <bpmn:message id="Msg_Police" name="police-verified" />
</bpmn:definitions>`;

async function tokenFor(
  request: APIRequestContext,
  username: string,
  password: string,
): Promise<string> {
  const r = await request.post("/api/v1/auth/token", { data: { username, password } });
  expect(r.status(), await r.text()).toBe(200);
  const body = (await r.json()) as { token: string; expiresAt: string };
  expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
  return body.token;
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

test.describe.configure({ mode: "serial" });

test("an organisation is built, a procedure published, a dossier worked across two tiers, all over HTTP", async ({
  request,
}) => {
  test.setTimeout(120_000);
  // The first administrator, from BOOTSTRAP_ADMIN; bad credentials are 401.
  expect(
    (
      await request.post("/api/v1/auth/token", {
        data: { username: API_E2E_ADMIN.username, password: "wrong" },
      })
    ).status(),
  ).toBe(401);
  const admin = await tokenFor(request, API_E2E_ADMIN.username, API_E2E_ADMIN.password);

  // Levels, then units top-down; an unknown parent is 422, a taken code 409.
  const levels = await request.put("/api/v1/admin/levels", {
    headers: auth(admin),
    data: { levels: ["city", "district", "commune"] },
  });
  expect(levels.status(), await levels.text()).toBe(200);
  const city = `T${run}`;
  const units = [
    { code: city, name: "Thành phố Thử", level: "city" },
    { code: `${city}-Q1`, name: "Quận Một", level: "district", parent: city },
    { code: `${city}-Q1-P1`, name: "Phường Một", level: "commune", parent: `${city}-Q1` },
  ];
  for (const u of units) {
    const r = await request.post("/api/v1/admin/units", { headers: auth(admin), data: u });
    expect(r.status(), await r.text()).toBe(201);
  }
  const orphan = await request.post("/api/v1/admin/units", {
    headers: auth(admin),
    data: { code: `${city}-X`, name: "Mồ côi", level: "commune", parent: "NO-SUCH" },
  });
  expect(orphan.status()).toBe(422);
  expect(
    (await request.post("/api/v1/admin/units", { headers: auth(admin), data: units[0] })).status(),
  ).toBe(409);

  // Users: a designer, two citizens, two commune officials and a district one.
  const people: Record<string, unknown>[] = [
    { username: `designer-${run}`, name: "Người thiết kế", roles: ["designer"] },
    { username: `citizen-${run}`, name: "Nguyễn Văn An", roles: ["citizen"] },
    { username: `citizen2-${run}`, name: "Trần Thị Bình", roles: ["citizen"] },
    {
      username: `commune-${run}`,
      name: "Cán bộ xã",
      roles: [],
      memberships: [{ unit: `${city}-Q1-P1`, roles: ["reception"] }],
    },
    {
      username: `commune2-${run}`,
      name: "Cán bộ xã 2",
      roles: [],
      memberships: [{ unit: `${city}-Q1-P1`, roles: ["reception"] }],
    },
    {
      username: `district-${run}`,
      name: "Chuyên viên huyện",
      roles: [],
      memberships: [{ unit: `${city}-Q1`, roles: ["specialist"] }],
    },
  ];
  const token: Record<string, string> = {};
  for (const p of people) {
    const r = await request.post("/api/v1/admin/users", {
      headers: auth(admin),
      data: { ...p, password: "mat-khau-dai-1" },
    });
    expect(r.status(), await r.text()).toBe(201);
    expect((await r.json()) as { id: string }).toMatchObject({ id: expect.any(String) });
    token[String(p.username).split("-")[0]!] = await tokenFor(
      request,
      String(p.username),
      "mat-khau-dai-1",
    );
  }

  // A broken model is 422 with validate's problems; the good one publishes as version 1.
  const broken = await request.post("/api/v1/procedures", {
    headers: auth(token.designer!),
    data: { bpmn: bpmn(""), forms: [FORM] },
  });
  expect(broken.status()).toBe(422);
  const problems = (await broken.json()) as {
    error: { code: string; details: { id: string | null }[] };
  };
  expect(problems.error.code).toBe("VALIDATION");
  expect(problems.error.details.map((d) => d.id)).toContain("Task_District");
  const published = await request.post("/api/v1/procedures", {
    headers: auth(token.designer!),
    data: { bpmn: bpmn(), forms: [FORM], note: "phiên bản đầu" },
  });
  expect(published.status(), await published.text()).toBe(201);
  expect(await published.json()).toEqual({ id: PROCESS, version: expect.any(Number) });
  const catalogue = (await (await request.get("/api/v1/procedures")).json()) as {
    id: string;
    sla: number;
  }[];
  expect(catalogue.find((p) => p.id === PROCESS)).toMatchObject({ sla: 5 });
  const detail = (await (await request.get(`/api/v1/procedures/${PROCESS}`)).json()) as {
    startForm: { id: string };
  };
  expect(detail.startForm.id).toBe("Form_ApiStart");

  // The citizen: bad data is 422 naming the fields and creates nothing; one key, one dossier.
  const apply = (data: Record<string, unknown>, key: string) =>
    request.post("/api/v1/dossiers", {
      headers: auth(token.citizen!),
      data: { procedure: PROCESS, jurisdiction: `${city}-Q1-P1`, data, idempotencyKey: key },
    });
  const bad = await apply({ soBanSao: 50 }, `bad-${run}`);
  expect(bad.status()).toBe(422);
  const fields = (
    (await bad.json()) as { error: { details: { field: string }[] } }
  ).error.details.map((d) => d.field);
  expect(fields).toEqual(expect.arrayContaining(["hoTen", "soBanSao"]));
  expect(
    await (await request.get("/api/v1/dossiers", { headers: auth(token.citizen!) })).json(),
  ).toEqual([]);
  const first = await apply({ hoTen: "Nguyễn Văn An", soBanSao: 2 }, `apply-${run}`);
  const again = await apply({ hoTen: "Nguyễn Văn An", soBanSao: 2 }, `apply-${run}`);
  expect(first.status()).toBe(201);
  const submitted = (await first.json()) as {
    code: string;
    status: string;
    dueDate: string;
    secret: string;
  };
  expect(await again.json()).toEqual(submitted);
  expect(submitted).toMatchObject({
    status: "active",
    dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  });
  expect(submitted.code.startsWith(`${city}-Q1-P1-`.toUpperCase())).toBe(true);
  expect(
    (
      (await (
        await request.get("/api/v1/dossiers", { headers: auth(token.citizen!) })
      ).json()) as unknown[]
    ).length,
  ).toBe(1);

  // Another citizen, a wrong secret: 404 and no content; the right secret reads the timeline.
  const stranger = await request.get(`/api/v1/dossiers/${submitted.code}`, {
    headers: auth(token.citizen2!),
  });
  expect(stranger.status()).toBe(404);
  expect(await stranger.text()).not.toContain("Nguyễn Văn An");
  expect((await request.get(`/api/v1/dossiers/${submitted.code}?secret=nope`)).status()).toBe(404);
  expect(
    (
      await request.get(
        `/api/v1/dossiers/${submitted.code}?secret=${encodeURIComponent(submitted.secret)}`,
      )
    ).status(),
  ).toBe(200);

  // The commune: the task is in both officials' inboxes; they complete it at the same moment.
  type Task = { id: string; dossier: string; element: string; unit: string };
  const inbox = async (who: string) =>
    (
      (await (await request.get("/api/v1/tasks", { headers: auth(token[who]!) })).json()) as Task[]
    ).filter((t) => t.dossier === submitted.code);
  const [communeTask] = await inbox("commune");
  expect(communeTask).toMatchObject({ element: "Task_Commune", unit: `${city}-Q1-P1` });
  expect(await inbox("commune2")).toHaveLength(1);
  expect((await request.get("/api/v1/tasks", { headers: auth(token.district!) })).status()).toBe(
    200,
  );
  expect(await inbox("district")).toEqual([]);
  const race = await Promise.all(
    ["commune", "commune2"].map((who) =>
      request.post(`/api/v1/tasks/${communeTask!.id}/complete`, {
        headers: auth(token[who]!),
        data: { data: {}, idempotencyKey: `race-${who}-${run}` },
      }),
    ),
  );
  expect(race.map((r) => r.status()).sort()).toEqual([200, 409]);
  const loser = race.find((r) => r.status() === 409)!;
  expect(((await loser.json()) as { error: { code: string } }).error.code).toBe("CONFLICT");
  const winner = (await race.find((r) => r.status() === 200)!.json()) as {
    dossier: {
      code: string;
      status: string;
      openTasks: { element: string; unit: string; tier: string }[];
    };
  };
  expect(winner.dossier.openTasks).toEqual([
    expect.objectContaining({ element: "Task_District", unit: `${city}-Q1`, tier: "district" }),
  ]);

  // The district: the commune officials cannot touch its task; its own official claims and completes.
  const [districtTask] = await inbox("district");
  expect(
    (
      await request.post(`/api/v1/tasks/${districtTask!.id}/claim`, {
        headers: auth(token.commune!),
      })
    ).status(),
  ).toBe(403);
  expect(
    (
      await request.post(`/api/v1/tasks/${districtTask!.id}/claim`, {
        headers: auth(token.district!),
      })
    ).status(),
  ).toBe(200);
  const done = await request.post(`/api/v1/tasks/${districtTask!.id}/complete`, {
    headers: auth(token.district!),
    data: { data: {}, idempotencyKey: `district-${run}` },
  });
  expect(done.status(), await done.text()).toBe(200);
  expect(
    (
      await request.post(`/api/v1/tasks/${districtTask!.id}/complete`, {
        headers: auth(token.district!),
        data: { data: {}, idempotencyKey: `late-${run}` },
      })
    ).status(),
  ).toBe(409);

  // The police system answers with an integration token an admin issued; a repeat changes nothing.
  const issued = await request.post("/api/v1/admin/tokens", {
    headers: auth(admin),
    data: { name: "Công an", scopes: ["messages"] },
  });
  expect(issued.status()).toBe(201);
  const police = ((await issued.json()) as { token: string }).token;
  const wrongMessage = await request.post(`/api/v1/dossiers/${submitted.code}/messages`, {
    headers: auth(police),
    data: { name: "not-awaited", data: {}, idempotencyKey: `m0-${run}` },
  });
  expect(wrongMessage.status()).toBe(409);
  for (let i = 0; i < 2; i++) {
    const m = await request.post(`/api/v1/dossiers/${submitted.code}/messages`, {
      headers: auth(police),
      data: { name: "police-verified", data: { ketQua: "hợp lệ" }, idempotencyKey: `m1-${run}` },
    });
    expect(m.status(), await m.text()).toBe(202);
  }
  // Read scope was not granted: the police token cannot read the dossier.
  expect(
    (await request.get(`/api/v1/dossiers/${submitted.code}`, { headers: auth(police) })).status(),
  ).toBe(404);

  // The dossier as its citizen and as the district official see it now.
  for (const who of ["citizen", "district", "commune"]) {
    const r = await request.get(`/api/v1/dossiers/${submitted.code}`, {
      headers: auth(token[who]!),
    });
    expect(r.status()).toBe(200);
    const view = (await r.json()) as {
      code: string;
      procedure: string;
      version: number;
      status: string;
      dvcqgStatus: number;
      jurisdiction: string;
      history: { element: string; type: string; unit?: string }[];
      openTasks: unknown[];
    };
    expect(view).toMatchObject({
      code: submitted.code,
      procedure: PROCESS,
      status: "completed",
      jurisdiction: `${city}-Q1-P1`,
      openTasks: [],
    });
    expect(view.dvcqgStatus).toBe(9);
    const tasks = view.history.filter((h) => h.type === "userTask").map((h) => [h.element, h.unit]);
    expect(tasks).toEqual([
      ["Task_Commune", `${city}-Q1-P1`],
      ["Task_District", `${city}-Q1`],
    ]);
  }

  // The document describes what was just used.
  const doc = (await (await request.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, unknown>;
  };
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/v1/dossiers/{code}/messages", "/api/v1/tasks/{id}/complete"]),
  );
});
