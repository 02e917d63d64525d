"use client";

import { useActionState, type ReactNode } from "react";
import { idle, type FormState } from "@/app/_lib/form-state";

/**
 * A form posted to a server action (works without JavaScript too), with the
 * action's answer announced in a live region and field errors tied to their
 * inputs by `FieldError`.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className,
  label,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  submitLabel: string;
  children: ReactNode;
  className?: string;
  /** Accessible name of the form. */
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form
      action={formAction}
      className={["form", className].filter(Boolean).join(" ")}
      aria-label={label}
    >
      {children}
      {state.status === "error" && Object.keys(state.fields).length > 0 ? (
        <ul className="form__field-errors">
          {Object.entries(state.fields).map(([name, why]) => (
            <li key={name}>
              <code>{name}</code>: {why}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {submitLabel}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`form__status form__status--${state.status}`}
        >
          {state.status === "idle" ? "" : state.message}
        </p>
      </div>
    </form>
  );
}
