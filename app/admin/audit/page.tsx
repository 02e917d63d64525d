import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Field } from "@/app/_components/forms/field";
import { PageIntro } from "@/app/_components/page-intro";
import { DataTable } from "@/app/_components/ui/data-table";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { listAudit } from "@/db/services/admin/list-audit";
import { isServiceError } from "@/db/services/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.sections"))("audit") };
}

type Filters = { who?: string; what?: string; from?: string; to?: string; dossier?: string };

/** The append-only history, newest first, filtered by who, what, when and dossier (a GET form). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Filters> }) {
  const actor = await requireRoute("/admin/audit");
  const t = await getTranslations("adminAudit");
  const f = await searchParams;
  const filter = Object.fromEntries(
    Object.entries(f).filter(
      ([k, v]) =>
        ["who", "what", "from", "to", "dossier"].includes(k) && typeof v === "string" && v !== "",
    ),
  );
  let rows: Awaited<ReturnType<typeof listAudit>> = [];
  let invalid = false;
  try {
    rows = await listAudit(await appDb(), { actor, filter });
  } catch (error) {
    if (!isServiceError(error) || error.code !== "VALIDATION") throw error;
    invalid = true;
  }
  return (
    <>
      <PageIntro title={t("title")} description={t("description")} />
      <form className="form form--inline" role="search" aria-label={t("filters")}>
        <Field scope="au" name="who" label={t("who")} defaultValue={f.who ?? ""} />
        <Field
          scope="au"
          name="what"
          label={t("what")}
          defaultValue={f.what ?? ""}
          hint={t("whatHint")}
        />
        <Field scope="au" name="from" label={t("from")} type="date" defaultValue={f.from ?? ""} />
        <Field scope="au" name="to" label={t("to")} type="date" defaultValue={f.to ?? ""} />
        <Field scope="au" name="dossier" label={t("dossier")} defaultValue={f.dossier ?? ""} />
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            {t("apply")}
          </button>
        </div>
      </form>
      {invalid ? (
        <p role="alert" className="alert alert--error">
          {t("invalid")}
        </p>
      ) : null}
      <DataTable
        columns={[t("when"), t("who"), t("what"), t("dossier"), t("details")]}
        caption={t("count", { count: rows.length })}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <td className="code">{r.at.toISOString().replace("T", " ").slice(0, 19)}</td>
            <td>{r.actor ?? r.actorKind}</td>
            <td className="code">{r.action}</td>
            <td>{r.dossier ?? "—"}</td>
            <td>
              <code>{r.details ? JSON.stringify(r.details).slice(0, 300) : ""}</code>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
