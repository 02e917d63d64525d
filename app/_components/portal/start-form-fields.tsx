import type { ReactNode } from "react";
import type { FormComponent } from "@/engine/model/types";
import {
  inputName,
  isRequiredField,
  labelOf,
  optionsOf,
  type RenderNode,
} from "@/app/(portal)/_lib/start-form";

export interface FieldTexts {
  fileCurrent: (name: string) => string;
  fileReplace: string;
  fileLimits: string;
  choose: string;
  row: (n: number) => string;
  listHint: string;
}

interface Ctx {
  values: Record<string, unknown>;
  errors: Record<string, string>;
  texts: FieldTexts;
}

const idOf = (path: string) => `field-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;

function at(values: Record<string, unknown>, path: string): unknown {
  const m = /^([^[]+)\[(\d+)\]\.(.+)$/.exec(path);
  if (!m) return values[path];
  const rows = values[m[1]!];
  return Array.isArray(rows)
    ? (rows[Number(m[2])] as Record<string, unknown> | undefined)?.[m[3]!]
    : undefined;
}

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** Markdown-ish form text as plain paragraphs (headings lose their hashes). */
function FormText({ text }: { text: string }) {
  return (
    <div className="stack" lang="vi">
      {text.split(/\n+/).map((line, i) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        return heading ? <h2 key={i}>{heading[1]}</h2> : <p key={i}>{line}</p>;
      })}
    </div>
  );
}

function Field({ c, path, ctx }: { c: FormComponent; path: string; ctx: Ctx }) {
  const id = idOf(path);
  const name = inputName(path);
  const value = at(ctx.values, path);
  const error = ctx.errors[path];
  const required = isRequiredField(c);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const description = typeof c.description === "string" ? c.description : null;
  const describedBy =
    [description || c.type === "filepicker" ? hintId : null, error ? errorId : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const common = {
    id,
    name,
    "aria-describedby": describedBy,
    "aria-invalid": error ? (true as const) : undefined,
    required: required || undefined,
  };
  const label = (
    <>
      {labelOf(c)}
      {required ? (
        <span className="portal-required" aria-hidden="true">
          {" "}
          *
        </span>
      ) : null}
    </>
  );
  const v = (c.validate ?? {}) as Record<string, unknown>;
  let control: ReactNode;
  let asGroup = false;
  switch (c.type) {
    case "textarea":
      control = (
        <textarea {...common} rows={4} defaultValue={str(value)} maxLength={num(v.maxLength)} />
      );
      break;
    case "number":
      control = (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          defaultValue={str(value)}
          min={num(v.min)}
          max={num(v.max)}
        />
      );
      break;
    case "datetime": {
      const type =
        c.subtype === "time" ? "time" : c.subtype === "datetime" ? "datetime-local" : "date";
      control = <input {...common} type={type} defaultValue={str(value)} />;
      break;
    }
    case "select":
      control = (
        <select {...common} defaultValue={str(value)}>
          <option value="">{ctx.texts.choose}</option>
          {optionsOf(c).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case "radio":
    case "checklist":
    case "taglist": {
      asGroup = true;
      const multi = c.type !== "radio";
      const chosen = multi ? (Array.isArray(value) ? value.map(String) : []) : [str(value)];
      control = optionsOf(c).map((o, i) => (
        <label key={o.value} className="portal-choice" htmlFor={`${id}-${i}`}>
          <input
            id={`${id}-${i}`}
            name={name}
            type={multi ? "checkbox" : "radio"}
            value={o.value}
            defaultChecked={chosen.includes(o.value)}
            required={!multi && required ? true : undefined}
          />
          <span>{o.label}</span>
        </label>
      ));
      break;
    }
    case "checkbox":
      return (
        <div className={`field${error ? " field--invalid" : ""}`}>
          <label className="portal-choice" htmlFor={id}>
            <input {...common} type="checkbox" defaultChecked={value === true} />
            <span>{label}</span>
          </label>
          {error ? (
            <p id={errorId} className="field__error">
              {error}
            </p>
          ) : null}
        </div>
      );
    case "filepicker": {
      const current =
        value && typeof value === "object" && "name" in value
          ? String((value as { name: unknown }).name)
          : null;
      control = (
        <input
          {...common}
          required={required && !current ? true : undefined}
          type="file"
          accept={typeof c.accept === "string" ? c.accept : ".pdf,.jpg,.jpeg,.png"}
        />
      );
      return (
        <div className={`field${error ? " field--invalid" : ""}`}>
          <label htmlFor={id}>{label}</label>
          {control}
          <p id={hintId} className="field__hint">
            {current ? `${ctx.texts.fileCurrent(current)} ${ctx.texts.fileReplace} ` : ""}
            {ctx.texts.fileLimits}
          </p>
          {error ? (
            <p id={errorId} className="field__error">
              {error}
            </p>
          ) : null}
        </div>
      );
    }
    default: {
      const type =
        v.validationType === "email" ? "email" : v.validationType === "phone" ? "tel" : "text";
      control = (
        <input
          {...common}
          type={type}
          defaultValue={str(value)}
          maxLength={num(v.maxLength)}
          autoComplete="off"
        />
      );
    }
  }
  const hint = description ? (
    <p id={hintId} className="field__hint">
      {description}
    </p>
  ) : null;
  const errorLine = error ? (
    <p id={errorId} className="field__error">
      {error}
    </p>
  ) : null;
  if (asGroup)
    return (
      <fieldset className={`field${error ? " field--invalid" : ""}`} aria-describedby={describedBy}>
        <legend>{label}</legend>
        {control}
        {hint}
        {errorLine}
      </fieldset>
    );
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint}
      {errorLine}
    </div>
  );
}

function num(v: unknown): number | undefined {
  return typeof v === "number" ? v : undefined;
}

/** The start form's fields as plain HTML controls, each with its error beside it. */
export function StartFormFields({ nodes, ...ctx }: { nodes: RenderNode[] } & Ctx) {
  return (
    <>
      {nodes.map((n) => {
        if (n.kind === "text") return <FormText key={n.id} text={n.text} />;
        if (n.kind === "group")
          return (
            <fieldset key={n.id}>
              <legend>{n.label}</legend>
              <StartFormFields nodes={n.children} {...ctx} />
            </fieldset>
          );
        if (n.kind === "list") {
          const rows = Array.from({ length: n.rows }, (_, i) => (
            <fieldset key={i}>
              <legend>{ctx.texts.row(i + 1)}</legend>
              {n.children.map((c) => (
                <Field
                  key={String(c.key)}
                  c={{ ...c, validate: { ...(c.validate ?? {}), required: false } }}
                  path={`${n.key}[${i}].${String(c.key)}`}
                  ctx={ctx}
                />
              ))}
            </fieldset>
          ));
          const filled =
            Array.isArray(ctx.values[n.key]) && (ctx.values[n.key] as unknown[]).length > 0;
          const failed = Object.keys(ctx.errors).some((k) => k.startsWith(`${n.key}[`));
          // A list the form shows only under a condition stays folded until the citizen needs it.
          return n.conditional ? (
            <details key={n.id} className="portal-details" open={filled || failed}>
              <summary>{n.label}</summary>
              <p className="field__hint">{ctx.texts.listHint}</p>
              {rows}
            </details>
          ) : (
            <fieldset key={n.id}>
              <legend>{n.label}</legend>
              <p className="field__hint">{ctx.texts.listHint}</p>
              {rows}
            </fieldset>
          );
        }
        return <Field key={n.id} c={n.component} path={String(n.component.key)} ctx={ctx} />;
      })}
    </>
  );
}
