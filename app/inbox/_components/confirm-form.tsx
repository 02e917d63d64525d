"use client";

import { useActionState, useRef, useState, useTransition, type ReactNode } from "react";
import { Dialog, Heading, Modal } from "react-aria-components";
import { useTranslations } from "next-intl";
import type { FormSchema } from "@/engine/model/types";
import { idle, type FormState } from "@/app/_lib/form-state";
import { Button } from "@/app/_components/ui/button";
import { errorFor } from "../_lib/error-for";
import { useReportFeedback } from "./action-feedback";
import { TaskFormFields } from "./task-form-fields";

/** A plain field of an action form (supplement items, reasons, a date, a comment). */
export interface SimpleField {
  name: string;
  label: string;
  kind: "textarea" | "date" | "select";
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  maxLength?: number;
}

/**
 * One action, one click plus a confirmation: submitting opens a dialog that
 * says what will happen; only "confirm" posts to the server action. The
 * answer is announced in a live region and field errors sit beside their
 * fields. Without JavaScript the form posts directly.
 */
export function ConfirmForm({
  action,
  submitLabel,
  confirmText,
  hidden,
  fields = [],
  schema,
  values,
  variant = "primary",
  label,
  testId,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  submitLabel: string;
  confirmText: string;
  hidden: Record<string, string>;
  fields?: SimpleField[];
  /** A form-js schema whose fields are rendered (the task's own form). */
  schema?: FormSchema | null;
  values?: Record<string, unknown>;
  variant?: "primary" | "secondary";
  label?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("inbox.act");
  // The no-JavaScript path posts through useActionState; with JavaScript the
  // confirmed submission calls the action itself, so its answer can be
  // reported even when the re-rendered page no longer has this form.
  const [noJsState, formAction] = useActionState(action, idle);
  const [jsState, setJsState] = useState<FormState>(idle);
  const [pending, startPending] = useTransition();
  const state = jsState.status === "idle" ? noJsState : jsState;
  const [open, setOpen] = useState(false);
  const pendingData = useRef<FormData | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const report = useReportFeedback();
  const submit = (data: FormData) =>
    startPending(async () => {
      const answer = await action(state, data);
      report?.(answer);
      setJsState(answer);
      if (answer.status === "ok") formRef.current?.reset();
    });
  const errors = state.status === "error" ? state.fields : {};
  const scope = testId ?? "a";
  return (
    <form
      ref={formRef}
      action={formAction}
      className="form inbox-action"
      aria-label={label}
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        pendingData.current = new FormData(event.currentTarget);
        setOpen(true);
      }}
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      {schema ? <TaskFormFields schema={schema} values={values ?? {}} errors={errors} /> : null}
      {fields.map((f) => {
        const id = `${scope}-${f.name}`;
        const error = errorFor(errors, f.name);
        const describedBy =
          [f.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
          undefined;
        const common = {
          id,
          name: f.name,
          required: f.required,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
        };
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{f.label}</label>
            {f.kind === "textarea" ? (
              <textarea {...common} rows={4} maxLength={f.maxLength} />
            ) : f.kind === "date" ? (
              <input {...common} type="date" />
            ) : (
              <select {...common}>
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
            {f.hint ? (
              <p id={`${id}-hint`} className="field__hint">
                {f.hint}
              </p>
            ) : null}
            {error ? (
              <p id={`${id}-error`} className="field__error">
                {t("fieldError", { message: error })}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="form__actions">
        <button type="submit" className={`button button--${variant}`} disabled={pending}>
          {pending ? t("pending") : submitLabel}
        </button>
        {report ? null : (
          <p
            role={state.status === "error" ? "alert" : "status"}
            aria-live="polite"
            className={`form__status form__status--${state.status}`}
          >
            {state.status === "idle" ? "" : state.message}
          </p>
        )}
      </div>
      <Modal isOpen={open} onOpenChange={setOpen} isDismissable className="inbox-modal">
        <Dialog className="inbox-dialog" role="alertdialog">
          <Heading slot="title">{t("confirmTitle")}</Heading>
          <p>{confirmText}</p>
          <div className="form__actions">
            <Button
              variant="primary"
              autoFocus
              onPress={() => {
                const data = pendingData.current;
                setOpen(false);
                if (data) submit(data);
              }}
            >
              {t("confirm")}
            </Button>
            <Button variant="secondary" onPress={() => setOpen(false)}>
              {t("cancel")}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </form>
  );
}
