import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/_components/forms/action-form";
import { Field, SelectField } from "@/app/_components/forms/field";
import { PageIntro } from "@/app/_components/page-intro";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { getOrganisation } from "@/db/services/get-organisation";
import {
  createUnitAction,
  importUnitsAction,
  moveUnitAction,
  retireUnitAction,
  setLevelsAction,
  updateUnitAction,
} from "./actions";
import { UnitTree } from "./unit-tree";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.sections"))("units") };
}

/** The organisation tree and the forms that change it (admins only). */
export default async function UnitsPage() {
  await requireRoute("/admin/units");
  const t = await getTranslations("adminUnits");
  const org = await getOrganisation(await appDb());
  const levelOptions = org.levels.map((l) => ({ value: l, label: l }));
  const unitOptions = [
    { value: "", label: t("noParent") },
    ...org.units.map((u) => ({ value: u.code, label: `${u.code} — ${u.name}` })),
  ];
  const unitOnly = unitOptions.slice(1);
  return (
    <>
      <PageIntro title={t("title")} description={t("description")} />
      <section className="panel" aria-labelledby="create-unit">
        <h2 id="create-unit">{t("create")}</h2>
        <ActionForm
          action={createUnitAction}
          submitLabel={t("createSubmit")}
          className="form--inline"
        >
          <Field scope="cu" name="code" label={t("code")} required maxLength={64} />
          <Field scope="cu" name="name" label={t("name")} required maxLength={300} />
          <SelectField scope="cu" name="level" label={t("level")} options={levelOptions} required />
          <Field scope="cu" name="kind" label={t("kind")} hint={t("kindHint")} maxLength={64} />
          <SelectField scope="cu" name="parent" label={t("parent")} options={unitOptions} />
        </ActionForm>
      </section>
      <section className="panel" aria-labelledby="change-unit">
        <h2 id="change-unit">{t("change")}</h2>
        <h3>{t("rename")}</h3>
        <ActionForm
          action={updateUnitAction}
          submitLabel={t("renameSubmit")}
          className="form--inline"
        >
          <SelectField scope="ru" name="code" label={t("unit")} options={unitOnly} required />
          <Field scope="ru" name="name" label={t("newName")} required maxLength={300} />
          <Field scope="ru" name="kind" label={t("kind")} maxLength={64} />
        </ActionForm>
        <h3>{t("move")}</h3>
        <ActionForm action={moveUnitAction} submitLabel={t("moveSubmit")} className="form--inline">
          <SelectField scope="mu" name="code" label={t("unit")} options={unitOnly} required />
          <SelectField scope="mu" name="parent" label={t("newParent")} options={unitOptions} />
        </ActionForm>
        <h3>{t("retire")}</h3>
        <ActionForm
          action={retireUnitAction}
          submitLabel={t("retireSubmit")}
          className="form--inline"
        >
          <SelectField scope="xu" name="code" label={t("unit")} options={unitOnly} required />
          <Field scope="xu" name="effective" label={t("effective")} type="date" required />
        </ActionForm>
      </section>
      <section className="panel" aria-labelledby="levels">
        <h2 id="levels">{t("levels")}</h2>
        <ActionForm
          action={setLevelsAction}
          submitLabel={t("levelsSubmit")}
          className="form--inline"
        >
          <Field
            scope="lv"
            name="levels"
            label={t("levelsField")}
            hint={t("levelsHint")}
            defaultValue={org.levels.join(", ")}
            required
          />
        </ActionForm>
      </section>
      <section className="panel" aria-labelledby="import-units">
        <h2 id="import-units">{t("import")}</h2>
        <p className="muted">{t("importHint")}</p>
        <ActionForm action={importUnitsAction} submitLabel={t("importSubmit")}>
          <Field
            scope="iu"
            name="file"
            label={t("file")}
            type="file"
            accept=".csv,text/csv"
            required
          />
        </ActionForm>
      </section>
      <section aria-labelledby="tree">
        <h2 id="tree">{t("tree", { count: org.units.length })}</h2>
        <UnitTree units={org.units} />
      </section>
    </>
  );
}
