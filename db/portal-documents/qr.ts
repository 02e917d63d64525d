/**
 * What a slip's QR code carries (Circular 01/2023): dossier code, procedure
 * code, applicant id, document name, issuing system and time, plus the
 * appointment date on the receipt, and the public tracking address so a
 * phone camera opens the dossier's progress.
 */
export interface SlipQr {
  dossier: string;
  procedure: string | null;
  applicant: string | null;
  document: string;
  issuedAt: Date;
  appointment?: string | null;
  url?: string | null;
}

export function slipQrPayload(q: SlipQr): string {
  return [
    `MaHS:${q.dossier}`,
    `MaTTHC:${q.procedure ?? ""}`,
    `NguoiNop:${q.applicant ?? ""}`,
    `GiayTo:${q.document}`,
    "HeThong:Một Cửa",
    `ThoiGian:${q.issuedAt.toISOString()}`,
    ...(q.appointment ? [`HenTra:${q.appointment}`] : []),
    ...(q.url ? [q.url] : []),
  ].join("\n");
}
