"use client";

import { useState } from "react";

export interface JurisdictionChoice {
  province: { code: string; name: string };
  communes: { code: string; name: string; parentName: string | null }[];
}

/**
 * Province, then commune. Without JavaScript every commune is listed,
 * grouped by province; with it, the commune list follows the province.
 */
export function JurisdictionPicker({
  choices,
  value,
  error,
  texts,
}: {
  choices: JurisdictionChoice[];
  value: string | null;
  error?: string;
  texts: { legend: string; province: string; commune: string; choose: string };
}) {
  const initial =
    choices.find((c) => c.communes.some((u) => u.code === value))?.province.code ??
    (choices.length === 1 ? choices[0]!.province.code : "");
  const [province, setProvince] = useState(initial);
  const shown = province ? choices.filter((c) => c.province.code === province) : choices;
  return (
    <fieldset
      className={error ? "field--invalid" : undefined}
      aria-describedby={error ? "jurisdiction-error" : undefined}
    >
      <legend>
        {texts.legend}
        <span className="portal-required" aria-hidden="true">
          {" "}
          *
        </span>
      </legend>
      <div className="field">
        <label htmlFor="jurisdiction-province">{texts.province}</label>
        <select
          id="jurisdiction-province"
          value={province}
          onChange={(e) => setProvince(e.target.value)}
        >
          <option value="">{texts.choose}</option>
          {choices.map((c) => (
            <option key={c.province.code} value={c.province.code}>
              {c.province.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="jurisdiction">{texts.commune}</label>
        <select
          id="jurisdiction"
          name="jurisdiction"
          defaultValue={value ?? ""}
          required
          aria-invalid={error ? true : undefined}
        >
          <option value="">{texts.choose}</option>
          {shown.map((c) => (
            <optgroup key={c.province.code} label={c.province.name}>
              {c.communes.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.parentName ? `${u.name} (${u.parentName})` : u.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {error ? (
        <p id="jurisdiction-error" className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
