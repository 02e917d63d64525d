"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { issueTokenAction } from "./actions";
import type { TokenFormState } from "./token-form-state";

/** Issues an integration token and shows it once, selected for copying. */
export function IssueTokenForm() {
  const t = useTranslations("adminTokens");
  const [state, action, pending] = useActionState<TokenFormState, FormData>(issueTokenAction, {
    status: "idle",
  });
  const fieldError = (name: string) =>
    state.status === "error" && state.fields[name] ? (
      <p className="form__field-errors" id={`tok-${name}-error`}>
        {state.fields[name]}
      </p>
    ) : null;
  return (
    <form action={action} className="form" aria-labelledby="issue-token">
      <div className="field">
        <label htmlFor="tok-name">{t("name")}</label>
        <input
          id="tok-name"
          name="name"
          required
          maxLength={100}
          aria-describedby={state.status === "error" ? "tok-name-error" : undefined}
        />
        {fieldError("name")}
      </div>
      <fieldset className="field">
        <legend>{t("scopes")}</legend>
        <label>
          <input type="checkbox" name="scopes" value="messages" defaultChecked />{" "}
          {t("scopeMessages")}
        </label>
        <label>
          <input type="checkbox" name="scopes" value="read" /> {t("scopeRead")}
        </label>
        <label>
          <input type="checkbox" name="scopes" value="tasks" /> {t("scopeTasks")}
        </label>
        <label>
          <input type="checkbox" name="scopes" value="payments" /> {t("scopePayments")}
        </label>
        {fieldError("scopes")}
      </fieldset>
      <div className="field">
        <label htmlFor="tok-days">{t("expires")}</label>
        <input
          id="tok-days"
          name="expiresInDays"
          type="number"
          min={1}
          max={3650}
          inputMode="numeric"
        />
        {fieldError("expiresInDays")}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {t("submit")}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`form__status form__status--${state.status}`}
        >
          {state.status === "ok" ? t("issued") : state.status === "error" ? state.message : ""}
        </p>
      </div>
      {state.status === "ok" ? (
        <div className="field">
          <label htmlFor="tok-value">{t("tokenLabel")}</label>
          <input
            id="tok-value"
            className="code"
            readOnly
            value={state.token}
            onFocus={(e) => e.currentTarget.select()}
            autoFocus
          />
        </div>
      ) : null}
    </form>
  );
}
