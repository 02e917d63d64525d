import { describe, expect, it } from "vitest";
import { crc16, transferReference, vietQrPayload } from "./vietqr";

/** Reads an EMVCo TLV string into tag → value. */
function parse(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < s.length;) {
    const tag = s.slice(i, i + 2);
    const len = Number(s.slice(i + 2, i + 4));
    out[tag] = s.slice(i + 4, i + 4 + len);
    i += 4 + len;
  }
  return out;
}

describe("VietQR", () => {
  it("computes CRC-16/CCITT-FALSE (check value of 123456789 is 29B1)", () => {
    expect(crc16("123456789")).toBe("29B1");
  });

  it("builds a dynamic transfer payload with the beneficiary, amount, reference and a valid CRC", () => {
    const payload = vietQrPayload({
      bankBin: "970436",
      account: "0011000000001",
      amount: 100000,
      reference: "HS Đăng ký 001",
    });
    const top = parse(payload);
    expect(top["00"]).toBe("01");
    expect(top["01"]).toBe("12");
    expect(top["53"]).toBe("704");
    expect(top["54"]).toBe("100000");
    expect(top["58"]).toBe("VN");
    const merchant = parse(top["38"]!);
    expect(merchant["00"]).toBe("A000000727");
    expect(merchant["02"]).toBe("QRIBFTTA");
    expect(parse(merchant["01"]!)).toEqual({ "00": "970436", "01": "0011000000001" });
    expect(parse(top["62"]!)["08"]).toBe("HS Dang ky 001");
    expect(payload.slice(-4)).toBe(crc16(payload.slice(0, -4)));
  });

  it("keeps references to what banks accept", () => {
    expect(transferReference("Lệ phí: hồ sơ #HN-BD-PX.2026-0001 rất dài")).toBe(
      "Le phi ho so HN BD PX 202",
    );
  });
});
