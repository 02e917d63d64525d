import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { beforeAll, expect, it } from "vitest";
import {
  citizen,
  historyOf,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
  workflowFiles,
} from "../../store/test-support";
import { describeOnBothDatabases } from "../../testing";
import { drain } from "../../worker/in-process";
import { completeTask } from "../complete-task";
import { requestSupplement } from "../request-supplement";
import { answerSupplement } from "./answer-supplement";
import { confirmSandboxPayment } from "./confirm-sandbox-payment";
import { saveDraft } from "./save-draft";
import { getDocument } from "./get-document";
import { getPortalDossier } from "./get-portal-dossier";
import { listMyApplications } from "./list-my-applications";
import { requestPostalDelivery } from "./request-postal-delivery";
import { submitApplication } from "./submit-application";
import { uploadAttachment } from "./upload-attachment";

process.env.PORTAL_UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "portal-journey-"));

const HO_KINH_DOANH = {
  tenHoKinhDoanh: "Hộ kinh doanh Phở Bình Minh",
  hoTen: "Phạm Văn Minh",
  soCccd: "001088034567",
  soDienThoai: "0903123456",
  email: "minh.pham@example.vn",
  ngaySinh: "1988-05-12",
  gioiTinh: "nam",
  noiThuongTru: "Số 12 phố Phúc Xá, Ba Đình, Hà Nội",
  diaChiKinhDoanh: "Số 45 phố Nguyễn Trung Trực, Ba Đình, Hà Nội",
  nganhNghe: "Dịch vụ ăn uống",
  vonKinhDoanh: 150000000,
  soLaoDong: 4,
  laHoGiaDinh: false,
};

const pdf = async () => {
  const d = await PDFDocument.create();
  d.addPage();
  return d.save();
};

describeOnBothDatabases("portal journey (level 4 with a fee)", (t) => {
  let procedure = "";
  beforeAll(async () => {
    await setupOrganisation(t.db);
    const { bpmn, forms } = await workflowFiles("dang-ky-ho-kinh-doanh");
    procedure = await publishRaw(t.db, bpmn, forms);
  });

  it("applies, answers a supplement request, pays in the sandbox and downloads the signed-or-not result", async () => {
    const me = await citizen(t.db);
    const reception = await official(t.db, "HN-BD", ["reception"]);
    const specialist = await official(t.db, "HN-BD-TCKH", ["specialist"]);
    const leader = await official(t.db, "HN-BD-TCKH", ["leader"]);
    const doc = await uploadAttachment(t.db, {
      actor: me,
      input: { fieldKey: "banSaoGiayTo", fileName: "cccd.pdf", bytes: await pdf() },
    });
    await saveDraft(t.db, {
      actor: me,
      input: { procedure, jurisdiction: "HN-BD-PX", data: { ...HO_KINH_DOANH, banSaoGiayTo: doc } },
    });
    const d = await submitApplication(t.db, {
      actor: me,
      input: { procedure, idempotencyKey: "journey-1" },
    });
    expect((await listMyApplications(t.db, { actor: me })).dossiers.map((x) => x.code)).toEqual([
      d.code,
    ]);

    const intake = await openTaskOf(t.db, d.id, "Task_Reception");
    await requestSupplement(t.db, {
      actor: reception,
      input: {
        taskId: intake.id,
        reasons: "Thiếu bản sao hợp đồng thuê nhà.",
        idempotencyKey: "s1",
      },
    });
    const waiting = await getPortalDossier(t.db, { actors: [me], input: { code: d.code } });
    expect(waiting.view.stage).toBe("supplement");
    expect(waiting.supplement?.reasons).toBe("Thiếu bản sao hợp đồng thuê nhà.");
    expect(waiting.secret).toBe(d.secret);
    const slip02 = await getDocument(t.db, {
      actors: [me],
      input: { code: d.code, doc: "bo-sung" },
    });
    expect(Buffer.from(slip02.bytes).subarray(0, 5).toString()).toBe("%PDF-");

    const extra = await uploadAttachment(t.db, {
      actor: me,
      input: { fieldKey: "supplement", fileName: "hop-dong.pdf", bytes: await pdf() },
    });
    await answerSupplement(t.db, {
      actor: me,
      input: { code: d.code, files: [extra], note: "Đã bổ sung", idempotencyKey: "answer-1" },
    });
    const again = await openTaskOf(t.db, d.id, "Task_Reception");
    await completeTask(t.db, {
      actor: reception,
      input: { taskId: again.id, data: { decision: "approve" }, idempotencyKey: "a" },
    });
    const review = await openTaskOf(t.db, d.id, "Task_Review");
    await completeTask(t.db, {
      actor: specialist,
      input: { taskId: review.id, data: { decision: "approve" }, idempotencyKey: "b" },
    });
    const sign = await openTaskOf(t.db, d.id, "Task_Sign");
    await completeTask(t.db, {
      actor: leader,
      input: { taskId: sign.id, data: { maSoHoKinhDoanh: "01A8023456" }, idempotencyKey: "c" },
    });
    await drain(t.db);

    const due = await getPortalDossier(t.db, { actors: [me], input: { code: d.code } });
    expect(due.view.stage).toBe("payment");
    expect(due.payment).toMatchObject({ amount: 100000, provider: "sandbox" });
    expect(due.payment?.qrPayload).toMatch(/^000201010212/);
    await confirmSandboxPayment(t.db, {
      actor: me,
      input: { code: d.code, idempotencyKey: "pay-00001" },
    });
    await drain(t.db);

    const done = await getPortalDossier(t.db, { actors: [me], input: { code: d.code } });
    expect(done.view.stage).toBe("returned");
    expect(done.result).toBe(true);
    expect(done.paid?.amount).toBe(100000);
    expect(done.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["submitted", "supplement", "supplied", "step"]),
    );
    for (const kind of ["tiep-nhan", "bien-lai", "ket-qua"] as const) {
      const file = await getDocument(t.db, { actors: [me], input: { code: d.code, doc: kind } });
      expect(Buffer.from(file.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    }
    await requestPostalDelivery(t.db, {
      actor: me,
      input: { code: d.code, address: "Số 12 phố Phúc Xá, Ba Đình, Hà Nội" },
    });
    expect(
      (await getPortalDossier(t.db, { actors: [me], input: { code: d.code } })).postal?.address,
    ).toContain("Phúc Xá");

    // Public tracking: progress without the data, the secret or the uploads.
    const tracked = await getPortalDossier(t.db, {
      actors: [],
      input: { code: d.code, secret: d.secret },
    });
    expect(tracked.owner).toBe(false);
    expect(tracked.secret).toBeNull();
    expect(tracked.documents).toEqual([]);
    expect(tracked.view.data).toBeUndefined();
    const actions = (await historyOf(t.db, d.id)).map((h) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "portal.applied",
        "supplement.requested",
        "supplement.delivered",
        "portal.supplement-filed",
        "payment.recorded",
        "portal.postal-requested",
      ]),
    );
  }, 60_000);

  it("rejects an unauthorised actor: another citizen, an official, nobody", async () => {
    const me = await citizen(t.db);
    const other = await citizen(t.db);
    const o = await official(t.db, "HN-BD", ["reception"]);
    await saveDraft(t.db, {
      actor: me,
      input: {
        procedure,
        jurisdiction: "HN-BD-PX",
        data: {
          ...HO_KINH_DOANH,
          banSaoGiayTo: await uploadAttachment(t.db, {
            actor: me,
            input: { fieldKey: "banSaoGiayTo", fileName: "a.pdf", bytes: await pdf() },
          }),
        },
      },
    });
    const d = await submitApplication(t.db, {
      actor: me,
      input: { procedure, idempotencyKey: "other-01" },
    });
    const before = (await historyOf(t.db, d.id)).length;
    await expect(
      getPortalDossier(t.db, { actors: [other], input: { code: d.code } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getPortalDossier(t.db, { actors: [], input: { code: d.code, secret: "wrong-secret" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getDocument(t.db, { actors: [other], input: { code: d.code, doc: "tiep-nhan" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      confirmSandboxPayment(t.db, {
        actor: other,
        input: { code: d.code, idempotencyKey: "x-000001" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      answerSupplement(t.db, {
        actor: o,
        input: {
          code: d.code,
          files: [{ id: crypto.randomUUID(), name: "a", size: 1, mime: "application/pdf" }],
          idempotencyKey: "x-000002",
        },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      requestPostalDelivery(t.db, {
        actor: null,
        input: { code: d.code, address: "Một địa chỉ dài đủ" },
      }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listMyApplications(t.db, { actor: o })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await historyOf(t.db, d.id)).length).toBe(before);
  });
});
