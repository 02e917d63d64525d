/**
 * VietQR bank-transfer payloads: EMVCo merchant-presented QR as profiled by
 * NAPAS (tag 38 with GUID A000000727, the beneficiary bank's BIN and
 * account, service QRIBFTTA = transfer to an account), amount in VND
 * (currency 704), the transfer reference in tag 62-08, and the CRC-16/CCITT
 * (poly 0x1021, initial 0xFFFF) over everything up to and including "6304".
 */

function tlv(tag: string, value: string): string {
  const length = [...value].length;
  if (length > 99) throw new Error(`VietQR field ${tag} is longer than 99 characters`);
  return `${tag}${String(length).padStart(2, "0")}${value}`;
}

export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** The reference as banks accept it: ASCII letters, digits and spaces, at most 25 characters. */
export function transferReference(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "D")
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 25);
}

export interface VietQrRequest {
  bankBin: string;
  account: string;
  /** VND; omitted for a static code where the payer types the amount. */
  amount?: number;
  reference?: string;
}

export function vietQrPayload(r: VietQrRequest): string {
  if (!/^\d{6}$/.test(r.bankBin)) throw new Error("bank BIN must be 6 digits");
  const beneficiary = tlv("00", r.bankBin) + tlv("01", r.account);
  const merchant = tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", "QRIBFTTA");
  const body =
    tlv("00", "01") +
    tlv("01", r.amount !== undefined ? "12" : "11") +
    tlv("38", merchant) +
    tlv("53", "704") +
    (r.amount !== undefined ? tlv("54", String(Math.round(r.amount))) : "") +
    tlv("58", "VN") +
    (r.reference ? tlv("62", tlv("08", transferReference(r.reference))) : "") +
    "6304";
  return body + crc16(body);
}
