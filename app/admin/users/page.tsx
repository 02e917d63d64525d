import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/_components/forms/action-form";
import { Field, SelectField } from "@/app/_components/forms/field";
import { PageIntro } from "@/app/_components/page-intro";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { GLOBAL_ROLES } from "@/db/services/admin/create-user";
import { listUsers } from "@/db/services/admin/list-users";
import { getOrganisation } from "@/db/services/get-organisation";
import {
  addSubstituteAction,
  createUserAction,
  resetPasswordAction,
  setDisabledAction,
  setMembershipAction,
} from "./actions";
import { UserTable } from "./user-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.sections"))("users") };
}

/** Accounts: create, disable, reset password, memberships, substitutes (admins only). */
export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  const actor = await requireRoute("/admin/users");
  const { q = "" } = await searchParams;
  const t = await getTranslations("adminUsers");
  const db = await appDb();
  const [users, org] = await Promise.all([
    listUsers(db, { actor, q, limit: 500 }),
    getOrganisation(db),
  ]);
  const userOptions = users.map((u) => ({ value: u.id, label: `${u.username} — ${u.name}` }));
  const unitOptions = org.units.map((u) => ({ value: u.code, label: `${u.code} — ${u.name}` }));
  return (
    <>
      <PageIntro title={t("title")} description={t("description")} />
      <section className="panel" aria-labelledby="create-user">
        <h2 id="create-user">{t("create")}</h2>
        <ActionForm action={createUserAction} submitLabel={t("createSubmit")}>
          <Field
            scope="cr"
            name="username"
            label={t("username")}
            required
            minLength={3}
            maxLength={64}
            autoComplete="off"
          />
          <Field scope="cr" name="name" label={t("name")} required maxLength={200} />
          <Field scope="cr" name="email" label={t("email")} type="email" maxLength={200} />
          <Field
            scope="cr"
            name="password"
            label={t("password")}
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
            hint={t("passwordHint")}
          />
          <fieldset className="field">
            <legend>{t("globalRoles")}</legend>
            {GLOBAL_ROLES.map((r) => (
              <label key={r}>
                <input type="checkbox" name="roles" value={r} /> {t(`role.${r}`)}
              </label>
            ))}
          </fieldset>
          <SelectField
            scope="cr"
            name="unit"
            label={t("unit")}
            options={[{ value: "", label: t("noUnit") }, ...unitOptions]}
          />
          <Field
            scope="cr"
            name="unitRoles"
            label={t("unitRoles")}
            hint={t("unitRolesHint")}
            maxLength={200}
          />
        </ActionForm>
      </section>
      <section className="panel" aria-labelledby="change-user">
        <h2 id="change-user">{t("change")}</h2>
        <h3>{t("membership")}</h3>
        <ActionForm
          action={setMembershipAction}
          submitLabel={t("membershipSubmit")}
          className="form--inline"
        >
          <SelectField scope="ms" name="userId" label={t("user")} options={userOptions} required />
          <SelectField scope="ms" name="unit" label={t("unit")} options={unitOptions} required />
          <Field
            scope="ms"
            name="roles"
            label={t("unitRoles")}
            hint={t("membershipHint")}
            maxLength={200}
          />
        </ActionForm>
        <h3>{t("substitute")}</h3>
        <ActionForm
          action={addSubstituteAction}
          submitLabel={t("substituteSubmit")}
          className="form--inline"
        >
          <SelectField
            scope="sb"
            name="absentUserId"
            label={t("absent")}
            options={userOptions}
            required
          />
          <SelectField
            scope="sb"
            name="substituteUserId"
            label={t("substituteUser")}
            options={userOptions}
            required
          />
          <SelectField scope="sb" name="unit" label={t("unit")} options={unitOptions} required />
          <Field scope="sb" name="from" label={t("from")} type="date" required />
          <Field scope="sb" name="to" label={t("to")} type="date" required />
        </ActionForm>
        <h3>{t("resetPassword")}</h3>
        <ActionForm
          action={resetPasswordAction}
          submitLabel={t("resetSubmit")}
          className="form--inline"
        >
          <SelectField scope="rp" name="userId" label={t("user")} options={userOptions} required />
          <Field
            scope="rp"
            name="password"
            label={t("newPassword")}
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
          />
        </ActionForm>
        <h3>{t("disable")}</h3>
        <ActionForm
          action={setDisabledAction}
          submitLabel={t("disableSubmit")}
          className="form--inline"
        >
          <SelectField scope="ds" name="userId" label={t("user")} options={userOptions} required />
          <SelectField
            scope="ds"
            name="disabled"
            label={t("state")}
            options={[
              { value: "true", label: t("disabled") },
              { value: "false", label: t("enabled") },
            ]}
          />
        </ActionForm>
      </section>
      <section aria-labelledby="list">
        <h2 id="list">{t("list", { count: users.length })}</h2>
        <form className="form form--inline" role="search" aria-label={t("search")}>
          <Field scope="q" name="q" label={t("search")} defaultValue={q} type="search" />
          <div className="form__actions">
            <button type="submit" className="button button--secondary">
              {t("searchSubmit")}
            </button>
          </div>
        </form>
        <UserTable users={users} />
      </section>
    </>
  );
}
