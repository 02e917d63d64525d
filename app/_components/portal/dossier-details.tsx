import QRCode from "qrcode";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatFee } from "@/app/_lib/format";
import type { PortalDossier } from "@/db/services/portal/get-portal-dossier";
import { Badge } from "../ui/badge";
import { DescriptionList } from "../ui/description-list";
import { SubmitButton } from "./submit-button";

const dayOf = (iso: string) => new Date(`${iso}T12:00:00+07:00`);

/**
 * A dossier in plain words, for its applicant and for public tracking:
 * status, where it is now, the appointment date, the timeline and the
 * documents issued. The applicant also gets the actions the dossier waits
 * for (supplement, payment) and the result.
 */
export async function DossierDetails({
  page,
  secret,
  actions,
}: {
  page: PortalDossier;
  /** Given on the public tracking page, so document links carry it. */
  secret?: string;
  actions?: {
    pay: (form: FormData) => Promise<void>;
    postal: (form: FormData) => Promise<void>;
    withdraw: (form: FormData) => Promise<void>;
    payKey: string;
  };
}) {
  const t = await getTranslations("portal");
  const locale = await getLocale();
  const format = await getFormatter();
  const v = page.view;
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : "";
  const docHref = (doc: string) =>
    `/ho-so/${encodeURIComponent(v.code)}/giay-to/${doc}${secret ? `?secret=${encodeURIComponent(secret)}` : ""}`;
  const tone =
    v.status === "completed"
      ? "success"
      : v.stage === "supplement" || v.stage === "payment"
        ? "warning"
        : "info";
  const docs: { key: string; label: string }[] = [{ key: "tiep-nhan", label: t("dossier.slip01") }];
  if (page.supplementRequested) docs.push({ key: "bo-sung", label: t("dossier.slip02") });
  if (page.paid) docs.push({ key: "bien-lai", label: t("dossier.paymentReceipt") });
  if (page.result) docs.push({ key: "ket-qua", label: t("dossier.result") });
  const qr = page.payment
    ? await QRCode.toDataURL(page.payment.qrPayload, { margin: 1, width: 240 })
    : null;
  return (
    <div className="portal-grid">
      <div className="stack">
        {page.supplement ? (
          <section className="portal-panel portal-note--warn" aria-labelledby="supplement-heading">
            <h2 id="supplement-heading">{t("supplement.title")}</h2>
            <p>{t("supplement.intro")}</p>
            <h3>{t("supplement.reasons")}</h3>
            <p data-testid="supplement-reasons" lang="vi" style={{ whiteSpace: "pre-line" }}>
              {page.supplement.reasons}
            </p>
            <form
              className="portal-form"
              method="post"
              action={`/ho-so/${encodeURIComponent(v.code)}/bo-sung`}
              encType="multipart/form-data"
            >
              <input type="hidden" name="idempotencyKey" value={crypto.randomUUID()} />
              <div className="field">
                <label htmlFor="supplement-files">{t("supplement.upload")}</label>
                <input
                  id="supplement-files"
                  name="files"
                  type="file"
                  multiple
                  accept=".pdf,.jpg,.jpeg,.png"
                  required
                />
              </div>
              <div className="field">
                <label htmlFor="supplement-note">{t("supplement.note")}</label>
                <textarea id="supplement-note" name="note" rows={3} maxLength={2000} />
              </div>
              <div className="portal-actions">
                <button type="submit" className="button button--primary">
                  {t("supplement.send")}
                </button>
              </div>
            </form>
          </section>
        ) : null}
        {page.payment && actions ? (
          <section className="portal-panel" aria-labelledby="payment-heading">
            <h2 id="payment-heading">{t("payment.title")}</h2>
            <p>
              {t("payment.amount")}: <strong>{formatFee(page.payment.amount, locale)}</strong>
            </p>
            <p>{t("payment.intro")}</p>
            {qr ? (
              <img
                className="portal-qr"
                src={qr}
                alt={t("payment.qrAlt", {
                  amount: formatFee(page.payment.amount, locale) ?? "",
                  code: v.code,
                })}
                data-testid="vietqr"
              />
            ) : null}
            <p>
              {t("payment.reference")}: <span className="code">{page.payment.reference}</span>
            </p>
            {page.payment.selfConfirm ? (
              <form action={actions.pay} className="stack">
                <input type="hidden" name="code" value={v.code} />
                <input type="hidden" name="idempotencyKey" value={actions.payKey} />
                <p className="muted">{t("payment.sandboxHint")}</p>
                <div className="portal-actions">
                  <SubmitButton label={t("payment.sandbox")} pendingLabel={t("apply.submitting")} />
                </div>
              </form>
            ) : null}
          </section>
        ) : null}
        {page.result && page.owner && actions ? (
          <section className="portal-panel portal-note--ok" aria-labelledby="result-heading">
            <h2 id="result-heading">{t("result.title")}</h2>
            <p>{t("result.ready")}</p>
            <p>
              <a className="button button--primary" href={docHref("ket-qua")} download>
                {t("dossier.download", { name: t("dossier.result") })}
              </a>
            </p>
            {page.postal ? (
              <p role="status">{t("result.postAsked", { address: page.postal.address })}</p>
            ) : (
              <form action={actions.postal} className="portal-form">
                <input type="hidden" name="code" value={v.code} />
                <div className="field">
                  <label htmlFor="postal-address">{t("result.address")}</label>
                  <input
                    id="postal-address"
                    name="address"
                    required
                    minLength={10}
                    maxLength={500}
                    autoComplete="street-address"
                  />
                </div>
                <div className="portal-actions">
                  <SubmitButton label={t("result.post")} pendingLabel={t("apply.submitting")} />
                </div>
              </form>
            )}
          </section>
        ) : null}
        {page.owner && actions && v.status === "active" ? (
          <details className="portal-details">
            <summary>{t("withdraw.title")}</summary>
            <form action={actions.withdraw} className="portal-form">
              <p>{t("withdraw.intro")}</p>
              <input type="hidden" name="code" value={v.code} />
              <input type="hidden" name="idempotencyKey" value={actions.payKey} />
              <div className="field">
                <label htmlFor="withdraw-reason">{t("withdraw.reason")}</label>
                <textarea id="withdraw-reason" name="reason" rows={2} maxLength={2000} />
              </div>
              <div className="portal-actions">
                <SubmitButton label={t("withdraw.confirm")} pendingLabel={t("apply.submitting")} />
              </div>
            </form>
          </details>
        ) : null}
        <section className="portal-panel" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t("dossier.timeline")}</h2>
          <ol className="portal-timeline">
            {page.timeline.map((e, i) => (
              <li key={i} data-state={e.state}>
                <strong>
                  {e.kind === "submitted"
                    ? t("dossier.timelineSubmitted")
                    : e.kind === "supplement"
                      ? t("supplement.title")
                      : e.kind === "supplied"
                        ? t("supplement.sent")
                        : e.kind === "withdrawn"
                          ? t("withdraw.done")
                          : e.state === "open"
                            ? t("dossier.timelineOpen", { step: e.name })
                            : t("dossier.timelineDone", { step: e.name })}
                </strong>
                <br />
                <span className="muted">{[e.unit, when(e.at)].filter(Boolean).join(" · ")}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <aside className="stack">
        <section className="portal-panel" aria-labelledby="status-heading">
          <h2 id="status-heading">{t("dossier.status")}</h2>
          <p>
            <Badge tone={tone}>{t("dossier.stage", { stage: v.stage })}</Badge>
          </p>
          <DescriptionList
            items={[
              { term: t("dossier.code"), details: <span className="code">{v.code}</span> },
              {
                term: t("dossier.procedure"),
                details: <span lang="vi">{page.procedure.name}</span>,
              },
              { term: t("dossier.jurisdiction"), details: page.jurisdictionName },
              {
                term: t("dossier.handling"),
                // A step with no unit (the fee, a reply awaited) waits on the applicant or a system.
                details: page.handling.some((h) => h.unit)
                  ? [...new Set(page.handling.flatMap((h) => (h.unit ? [h.unit] : [])))].join("; ")
                  : v.status === "active"
                    ? t("dossier.stage", { stage: v.stage })
                    : t("dossier.nobody"),
              },
              { term: t("dossier.received"), details: when(v.receivedAt) || "—" },
              {
                term: t("dossier.due"),
                details: v.dueDate ? format.dateTime(dayOf(v.dueDate), { dateStyle: "long" }) : "—",
              },
            ]}
          />
          {page.secret ? (
            <p>
              {t("dossier.secret")}:{" "}
              <span className="portal-secret" data-testid="tracking-secret">
                {page.secret}
              </span>
            </p>
          ) : null}
        </section>
        <section className="portal-panel" aria-labelledby="slips-heading">
          <h2 id="slips-heading">{t("dossier.slips")}</h2>
          <ul>
            {docs.map((d) => (
              <li key={d.key}>
                <a className="link" href={docHref(d.key)} download>
                  {t("dossier.download", { name: d.label })}
                </a>
              </li>
            ))}
          </ul>
        </section>
        {page.documents.length > 0 ? (
          <section className="portal-panel" aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t("dossier.attachments")}</h2>
            <ul>
              {page.documents.map((d, i) => (
                <li key={i}>{d.name}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </aside>
    </div>
  );
}
