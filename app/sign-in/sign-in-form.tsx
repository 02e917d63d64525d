"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

/**
 * Username and password, posted to next-auth's credentials endpoint. Wrong
 * password, unknown user and disabled account get one message; a locked or
 * rate-limited name gets the "try later" message (ADR 0009).
 */
export function SignInForm({ next, oidcName }: { next?: string; oidcName?: string }) {
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error === "RATE_LIMITED" ? t("locked") : t("failed"));
      return;
    }
    router.replace(safeNext(next));
    router.refresh();
  }

  return (
    <div className="stack">
      <form className="form" onSubmit={submit} aria-label={t("title")} noValidate={false}>
        {error ? (
          <p role="alert" className="alert alert--error">
            {error}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="sign-in-username">{t("username")}</label>
          <input
            id="sign-in-username"
            name="username"
            autoComplete="username"
            required
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t("password")}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </button>
        </div>
      </form>
      {oidcName ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void signIn("oidc", { callbackUrl: safeNext(next) })}
        >
          {t("oidc", { name: oidcName })}
        </button>
      ) : null}
    </div>
  );
}
