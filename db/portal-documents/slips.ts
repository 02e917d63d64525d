/**
 * The portal's PDFs: the receipt and appointment slip (form 01), the
 * supplement request (form 02), the electronic fee receipt and the
 * electronic result. Each carries its QR code (qr.ts).
 */
import { slipQrPayload } from "./qr";
import { SlipWriter } from "./writer";

export interface DossierFacts {
  code: string;
  procedureName: string;
  procedureCode: string | null;
  applicantName: string;
  /** The applicant's personal id number when the form asked for it. */
  applicantId: string | null;
  unitName: string;
  receivedAt: Date | null;
  dueDate: string | null;
  documents: string[];
  trackingUrl: string | null;
}

const day = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "—");
const when = (d: Date | null) =>
  d
    ? new Intl.DateTimeFormat("vi-VN", {
        timeZone: "Asia/Ho_Chi_Minh",
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      }).format(d)
    : "—";

async function header(
  f: DossierFacts,
  document: string,
  issuedAt: Date,
  appointment?: string | null,
) {
  const w = await SlipWriter.create(`${document} — ${f.code}`);
  await w.qr(
    slipQrPayload({
      dossier: f.code,
      procedure: f.procedureCode,
      applicant: f.applicantId,
      document,
      issuedAt,
      appointment: appointment ?? null,
      url: f.trackingUrl,
    }),
  );
  w.centred("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 9, 700, 100)
    .centred("Độc lập - Tự do - Hạnh phúc", 9, 700, 100)
    .gap(4)
    .centred(f.unitName, 9, 400, 100)
    .gap(50)
    .centred(document.toUpperCase(), 12, 700)
    .centred(`Mã hồ sơ: ${f.code}`, 10, 700)
    .gap(6);
  return w;
}

/** Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export async function receiptSlip(f: DossierFacts, issuedAt: Date): Promise<Uint8Array> {
  const w = await header(f, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", issuedAt, f.dueDate);
  w.field("Tiếp nhận hồ sơ của", f.applicantName)
    .field("Số định danh cá nhân", f.applicantId ?? "—")
    .field("Nội dung yêu cầu giải quyết", f.procedureName)
    .field("Mã thủ tục", f.procedureCode ?? "—")
    .field("Hình thức nộp", "Trực tuyến")
    .gap(4)
    .paragraph("Thành phần hồ sơ nộp gồm:", 10, 700);
  if (f.documents.length === 0) w.paragraph("- Tờ khai trực tuyến");
  else for (const d of ["Tờ khai trực tuyến", ...f.documents]) w.paragraph(`- ${d}`);
  w.gap(4)
    .field("Thời gian tiếp nhận", when(f.receivedAt))
    .field("Thời gian trả kết quả", `ngày ${day(f.dueDate)}`)
    .gap(6)
    .paragraph(
      "Kết quả được trả theo hình thức Ông/Bà đã chọn. Ông/Bà có thể theo dõi tiến độ giải quyết bằng mã QR trên giấy này.",
      9,
    );
  return w.save();
}

/** Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — the reasons listed at once. */
export async function supplementSlip(
  f: DossierFacts,
  reasons: string,
  issuedAt: Date,
): Promise<Uint8Array> {
  const w = await header(f, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", issuedAt);
  w.field("Kính gửi", f.applicantName)
    .field("Hồ sơ", f.procedureName)
    .field("Ngày yêu cầu", when(issuedAt))
    .gap(4)
    .paragraph("Hồ sơ của Ông/Bà cần bổ sung, hoàn thiện những nội dung sau:", 10, 700)
    .paragraph(reasons)
    .gap(6)
    .paragraph(
      "Ông/Bà gửi bổ sung trực tuyến tại trang hồ sơ của mình. Thời gian chờ bổ sung không tính vào thời hạn giải quyết.",
      9,
    );
  return w.save();
}

export interface PaidFee {
  amount: number;
  provider: string;
  reference: string | null;
  paidAt: Date;
}

/** The electronic fee receipt (biên lai thu phí, lệ phí điện tử). */
export async function paymentReceipt(f: DossierFacts, p: PaidFee): Promise<Uint8Array> {
  const w = await header(f, "Biên lai thu phí, lệ phí điện tử", p.paidAt);
  w.field("Người nộp", f.applicantName)
    .field("Nội dung thu", `Phí, lệ phí: ${f.procedureName}`)
    .field("Số tiền", `${new Intl.NumberFormat("vi-VN").format(p.amount)} đồng`)
    .field("Hình thức", p.provider === "vietqr" ? "Chuyển khoản VietQR" : p.provider)
    .field("Mã giao dịch", p.reference ?? "—")
    .field("Thời gian", when(p.paidAt));
  return w.save();
}

/** The electronic result; signed afterwards when a certificate is configured (sign.ts). */
export async function resultDocument(
  f: DossierFacts,
  issuedAt: Date,
  details: [string, string][],
): Promise<SlipWriter> {
  const w = await header(f, `Kết quả giải quyết: ${f.procedureName}`, issuedAt);
  w.field("Cấp cho", f.applicantName).field("Số định danh cá nhân", f.applicantId ?? "—");
  for (const [k, v] of details) w.field(k, v);
  w.field("Ngày cấp", when(issuedAt))
    .gap(6)
    .paragraph(
      "Bản điện tử này có giá trị pháp lý như bản giấy (Nghị định 45/2020/NĐ-CP). Kiểm tra chữ ký số và mã QR để xác thực.",
      9,
    );
  return w;
}
