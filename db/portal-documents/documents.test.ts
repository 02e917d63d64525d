import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { signedPdf } from "./sign";
import { receiptSlip, resultDocument, type DossierFacts } from "./slips";
import { makeTestP12 } from "./test-certificate";

const facts: DossierFacts = {
  code: "HN-BD-PX.20260302-000001",
  procedureName: "Đăng ký khai sinh",
  procedureCode: "1.001193",
  applicantName: "Nguyễn Văn Ân",
  applicantId: "001090012345",
  unitName: "Phường Phúc Xá",
  receivedAt: new Date("2026-03-02T02:00:00Z"),
  dueDate: "2026-03-02",
  documents: ["Giấy chứng sinh"],
  trackingUrl: "http://localhost:3000/tra-cuu?ma=X&secret=Y",
};

describe("portal PDFs", () => {
  it("writes the receipt slip (form 01) as one A5 page with Vietnamese text", async () => {
    const bytes = await receiptSlip(facts, new Date("2026-03-02T02:00:00Z"));
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(Math.round(doc.getPage(0).getWidth())).toBe(420);
    expect(doc.getTitle()).toContain(facts.code);
  });

  it("signs the result with a PKCS#12 certificate made for the test", async () => {
    const w = await resultDocument(facts, new Date(), [["Họ tên trẻ", "Nguyễn Minh Khang"]]);
    const bytes = await signedPdf(
      w,
      { p12: makeTestP12("pw"), passphrase: "pw" },
      { name: "UBND Phường Phúc Xá", location: "Hà Nội" },
    );
    const text = Buffer.from(bytes).toString("latin1");
    expect(text).toContain("/ByteRange");
    expect(text).toContain("/adbe.pkcs7.detached");
    expect(text).not.toMatch(/\/Contents <0{64,}>/);
  }, 30_000);
});
