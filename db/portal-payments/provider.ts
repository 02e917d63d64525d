/**
 * How the portal asks for a fee. A provider turns an amount due into what
 * the citizen acts on (a QR code to scan); the money's arrival comes back as
 * a confirmation that drives the procedure's `payment` task through the
 * `recordPayment` verb. `vietqr` is the real bank-transfer path (its
 * confirmation comes from the bank's or PayGov's callback); `sandbox`
 * confirms on request, for demos and tests.
 */
import { portalConfig } from "../portal-files/config";
import { transferReference, vietQrPayload } from "./vietqr";

export interface PaymentRequest {
  provider: string;
  amount: number;
  reference: string;
  /** EMVCo/VietQR payload to draw as a QR code. */
  qrPayload: string;
  /** Whether the citizen may confirm it themselves (sandbox only). */
  selfConfirm: boolean;
}

export interface PaymentProvider {
  id: string;
  request(due: { code: string; amount: number }): PaymentRequest;
}

export const vietQrProvider: PaymentProvider = {
  id: "vietqr",
  request({ code, amount }) {
    const { bankBin, account } = portalConfig().vietqr;
    const reference = transferReference(`HS ${code.replace(/[^A-Za-z0-9]/g, "")}`);
    return {
      provider: "vietqr",
      amount,
      reference,
      qrPayload: vietQrPayload({ bankBin, account, amount, reference }),
      selfConfirm: false,
    };
  },
};

export const sandboxProvider: PaymentProvider = {
  id: "sandbox",
  request(due) {
    return { ...vietQrProvider.request(due), provider: "sandbox", selfConfirm: true };
  },
};

/** The provider in force: the sandbox unless the operator turned it off (PAYMENT_SANDBOX=false). */
export function paymentProvider(
  source: Record<string, string | undefined> = process.env,
): PaymentProvider {
  return source.PAYMENT_SANDBOX === "false" ? vietQrProvider : sandboxProvider;
}
