/** The emails the portal sends through the outbox (`email` kind, db/worker/handlers/email.ts). */
import { portalConfig } from "../../portal-files/config";

export function trackingUrl(code: string, secret: string): string {
  const q = new URLSearchParams({ ma: code, secret });
  return `${portalConfig().publicBaseUrl}/tra-cuu?${q.toString()}`;
}

export function receiptMail(m: {
  to: string;
  name: string;
  code: string;
  procedureName: string;
  dueDate: string | null;
  secret: string;
}): { to: string; subject: string; text: string } {
  const due = m.dueDate ? m.dueDate.split("-").reverse().join("/") : "—";
  return {
    to: m.to,
    subject: `Đã tiếp nhận hồ sơ ${m.code}`,
    text: [
      `Kính gửi ${m.name},`,
      "",
      `Hồ sơ "${m.procedureName}" của Ông/Bà đã được gửi thành công.`,
      `Mã hồ sơ: ${m.code}`,
      `Ngày hẹn trả kết quả: ${due}`,
      "",
      `Theo dõi hồ sơ (không cần đăng nhập): ${trackingUrl(m.code, m.secret)}`,
      "",
      "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01) có trong trang hồ sơ của Ông/Bà.",
    ].join("\n"),
  };
}
