"use client";

import { useTranslations } from "next-intl";
import type { FormComponent, FormSchema } from "@/engine/model/types";
import { errorFor } from "../_lib/error-for";
import { labelOf } from "./form-label";

interface Option {
  label: string;
  value: string;
}

function optionsOf(c: FormComponent): Option[] {
  return Array.isArray(c.values)
    ? (c.values as unknown[]).flatMap((v) =>
        v && typeof v === "object" && "value" in v
          ? [{ value: String((v as Option).value), label: String((v as Option).label ?? "") }]
          : [],
      )
    : [];
}

function valueAt(values: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (o, p) => (o && typeof o === "object" ? (o as Record<string, unknown>)[p] : undefined),
      values,
    );
}

/** A form-js `text` component: a markdown heading line becomes a heading, other lines paragraphs. */
function TextBlock({ text }: { text: string }) {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <div className="inbox-text">
      {lines.map((line, i) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        return heading ? (
          <h3 key={i}>{heading[1]}</h3>
        ) : (
          <p key={i}>{line.replace(/[*_`]/g, "")}</p>
        );
      })}
    </div>
  );
}

/**
 * The task's form-js fields as plain HTML controls, each labelled, with the
 * server's error beside it. The browser's checks are a courtesy; the verb
 * validates against the same schema.
 */
export function TaskFormFields({
  schema,
  values,
  errors,
}: {
  schema: FormSchema;
  values: Record<string, unknown>;
  errors: Record<string, string>;
}) {
  const t = useTranslations("inbox.act");
  const render = (components: readonly FormComponent[], prefix: string) =>
    components.map((c, i) => {
      const key = c.id ?? `${prefix}${i}`;
      if (c.type === "text" && typeof c.text === "string")
        return <TextBlock key={key} text={c.text} />;
      if ((c.type === "group" || c.type === "fieldset") && c.components) {
        const inner = typeof c.path === "string" && c.path ? `${prefix}${c.path}.` : prefix;
        return (
          <fieldset key={key} className="field">
            {c.label ? <legend>{c.label}</legend> : null}
            {render(c.components, inner)}
          </fieldset>
        );
      }
      if (!c.key || c.type === "dynamiclist" || c.type === "filepicker") return null;
      const path = `${prefix}${c.key}`;
      const id = `tf-${path}`;
      const name = `f.${path}`;
      const validate = (c.validate ?? {}) as Record<string, unknown>;
      const required = validate.required === true;
      const error = errorFor(errors, path);
      const errorId = `${id}-error`;
      const describedBy =
        [c.description ? `${id}-hint` : null, error ? errorId : null].filter(Boolean).join(" ") ||
        undefined;
      const current = valueAt(values, path);
      const label = labelOf(c, c.key);
      const a11y = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
      let control;
      if (c.type === "radio" || c.type === "checklist" || c.type === "taglist") {
        const multi = c.type !== "radio";
        control = (
          <fieldset className="field inbox-choices" {...a11y}>
            <legend>
              {label}
              {required ? " *" : ""}
            </legend>
            {optionsOf(c).map((o) => (
              <label key={o.value}>
                <input
                  type={multi ? "checkbox" : "radio"}
                  name={name}
                  value={o.value}
                  required={!multi && required}
                  defaultChecked={
                    multi
                      ? Array.isArray(current) && current.map(String).includes(o.value)
                      : String(current ?? "") === o.value
                  }
                />{" "}
                {o.label}
              </label>
            ))}
          </fieldset>
        );
      } else {
        const common = { id, name, required, ...a11y };
        control = (
          <>
            <label htmlFor={id}>
              {label}
              {required ? " *" : ""}
            </label>
            {c.type === "textarea" ? (
              <textarea
                {...common}
                rows={3}
                defaultValue={typeof current === "string" ? current : ""}
                maxLength={typeof validate.maxLength === "number" ? validate.maxLength : undefined}
              />
            ) : c.type === "select" ? (
              <select {...common} defaultValue={String(current ?? "")}>
                <option value="">—</option>
                {optionsOf(c).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : c.type === "checkbox" ? (
              <input
                {...common}
                required={false}
                type="checkbox"
                defaultChecked={current === true}
              />
            ) : (
              <input
                {...common}
                type={
                  c.type === "number"
                    ? "number"
                    : c.type === "datetime" && c.subtype === "date"
                      ? "date"
                      : "text"
                }
                defaultValue={current === undefined || current === null ? "" : String(current)}
                maxLength={typeof validate.maxLength === "number" ? validate.maxLength : undefined}
              />
            )}
          </>
        );
      }
      return (
        <div className="field" key={key}>
          {control}
          {c.description ? (
            <p id={`${id}-hint`} className="field__hint">
              {String(c.description)}
            </p>
          ) : null}
          {error ? (
            <p id={errorId} className="field__error">
              {t("fieldError", { message: error })}
            </p>
          ) : null}
        </div>
      );
    });
  return <>{render(schema.components, "")}</>;
}
