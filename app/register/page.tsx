import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/_components/forms/action-form";
import { Field } from "@/app/_components/forms/field";
import { PageIntro } from "@/app/_components/page-intro";
import { registerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.register"))("title") };
}

/** A citizen creates an account; it works once the emailed link is followed. */
export default async function RegisterPage() {
  const t = await getTranslations("auth.register");
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      <ActionForm action={registerAction} submitLabel={t("submit")} label={t("title")}>
        <Field
          scope="rg"
          name="name"
          label={t("name")}
          required
          maxLength={200}
          autoComplete="name"
        />
        <Field
          scope="rg"
          name="email"
          label={t("email")}
          type="email"
          required
          maxLength={200}
          autoComplete="email"
        />
        <Field
          scope="rg"
          name="username"
          label={t("username")}
          required
          minLength={3}
          maxLength={64}
          autoComplete="username"
          hint={t("usernameHint")}
        />
        <Field
          scope="rg"
          name="password"
          label={t("password")}
          type="password"
          required
          minLength={8}
          maxLength={200}
          autoComplete="new-password"
          hint={t("passwordHint")}
        />
      </ActionForm>
    </div>
  );
}
