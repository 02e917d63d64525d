import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it.each([
    [
      "bằng tốt nghiệp.pdf",
      `attachment; filename="bang tot nghiep.pdf"; filename*=UTF-8''b%E1%BA%B1ng%20t%E1%BB%91t%20nghi%E1%BB%87p.pdf`,
    ],
    [
      "Đơn đề nghị.png",
      `attachment; filename="Don de nghi.png"; filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B.png`,
    ],
    [
      'a"b\\c\r\nd.pdf',
      `attachment; filename="a_b_c__d.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0Ad.pdf`,
    ],
  ])("%j", (name, header) => {
    expect(contentDisposition("attachment", name)).toBe(header);
  });

  it("says inline when asked", () => {
    expect(contentDisposition("inline", "x.pdf")).toMatch(/^inline; filename="x.pdf"/);
  });
});
