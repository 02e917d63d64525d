import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/_components/forms/action-form";
import { Field, SelectField } from "@/app/_components/forms/field";
import { PageIntro } from "@/app/_components/page-intro";
import { DataTable } from "@/app/_components/ui/data-table";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { getCalendarYear } from "@/db/services/admin/calendar-year";
import { setCalendarDayAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.sections"))("calendar") };
}

/** One year's holidays: computed defaults shown, announced days off and make-up working days editable. */
export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  const actor = await requireRoute("/admin/calendar");
  const t = await getTranslations("adminCalendar");
  const locale = await getLocale();
  const { year: asked } = await searchParams;
  const year = Number.parseInt(asked ?? "", 10) || new Date().getFullYear();
  const cal = await getCalendarYear(await appDb(), { actor, year });
  return (
    <>
      <PageIntro title={t("title", { year: cal.year })} description={t("description")} />
      <nav aria-label={t("years")} className="admin-nav">
        <ul>
          <li>
            <a className="link" href={`?year=${cal.year - 1}`}>
              {t("previous", { year: cal.year - 1 })}
            </a>
          </li>
          <li>
            <a className="link" href={`?year=${cal.year + 1}`}>
              {t("next", { year: cal.year + 1 })}
            </a>
          </li>
        </ul>
      </nav>
      <section className="panel" aria-labelledby="edit-day">
        <h2 id="edit-day">{t("edit")}</h2>
        <ActionForm action={setCalendarDayAction} submitLabel={t("save")} className="form--inline">
          <Field scope="cd" name="date" label={t("date")} type="date" required />
          <SelectField
            scope="cd"
            name="kind"
            label={t("kind")}
            options={[
              { value: "day_off", label: t("kinds.day_off") },
              { value: "working_day", label: t("kinds.working_day") },
              { value: "none", label: t("kinds.none") },
            ]}
          />
          <Field scope="cd" name="note" label={t("note")} maxLength={200} />
        </ActionForm>
      </section>
      <section aria-labelledby="holidays">
        <h2 id="holidays">{t("holidays")}</h2>
        <DataTable columns={[t("date"), t("name"), t("kind")]}>
          {cal.holidays.map((h) => (
            <tr key={h.date}>
              <td className="code">{h.date}</td>
              <td>{locale === "vi" ? h.nameVi : h.nameEn}</td>
              <td>{t(`holidayKinds.${h.kind as "holiday" | "compensation" | "announced"}`)}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="entries">
        <h2 id="entries">{t("entries")}</h2>
        {cal.entries.length === 0 ? (
          <p className="muted">{t("noEntries")}</p>
        ) : (
          <ul>
            {cal.entries.map((e) => (
              <li key={e.date}>
                <span className="code">{e.date}</span> — {t(`kinds.${e.kind}`)}
                {e.note ? `: ${e.note}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
