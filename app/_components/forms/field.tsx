import type { InputHTMLAttributes } from "react";

/** A labelled text input (label above, optional hint tied by aria-describedby). */
export function Field({
  label,
  name,
  hint,
  scope = "f",
  ...input
}: {
  label: string;
  name: string;
  hint?: string;
  /** Makes the id unique when several forms on a page have the same field. */
  scope?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = `${scope}-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled select. */
export function SelectField({
  label,
  name,
  options,
  defaultValue,
  required,
  scope = "f",
}: {
  scope?: string;
  label: string;
  name: string;
  /** `lang` where an option's language differs from the page's (a Vietnamese name on an English page). */
  options: { value: string; label: string; lang?: string }[];
  defaultValue?: string;
  required?: boolean;
}) {
  const id = `${scope}-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} required={required}>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
