import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { officeSlip, type SlipContent } from "./office-slip";

const slip: SlipContent = {
  formNo: "Mẫu số 02",
  title: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
  issuer: "UBND Phường Phúc Xá",
  facts: [
    ["Mã hồ sơ", "HN-BD-PX-20260302-0000001"],
    ["Người nộp", "Nguyễn Văn Ân"],
  ],
  body: [{ heading: "Nội dung cần bổ sung", text: "1. Giấy chứng sinh bản chính" }],
  qr: "HN-BD-PX-20260302-0000001|1.001193|001090012345|Mẫu số 02",
  footer: "Một Cửa — in lúc 02/03/2026 09:00",
};

describe("officeSlip", () => {
  it("writes one A5 page titled with the form and the slip's name", async () => {
    const doc = await PDFDocument.load(await officeSlip(slip));
    expect(doc.getPageCount()).toBe(1);
    expect(Math.round(doc.getPage(0).getWidth())).toBe(420);
    expect(doc.getTitle()).toBe("Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
  });

  it("carries a long control sheet over to further pages", async () => {
    const lines = Array.from({ length: 80 }, (_, i) => ({
      text: `${i + 1}. Bước thẩm định hồ sơ tại phường, đúng hạn`,
    }));
    const doc = await PDFDocument.load(await officeSlip({ ...slip, body: lines }));
    expect(doc.getPageCount()).toBeGreaterThan(1);
  });
});
