"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Problem } from "@/engine/model/types";

/** The live result of `validate()`: each problem in the user's language; a click selects its element. */
export function ProblemsPanel({
  problems,
  checking,
  onSelect,
}: {
  problems: Problem[] | null;
  checking: boolean;
  onSelect: (id: string) => void;
}) {
  const t = useTranslations("studio.problems");
  const locale = useLocale();
  const errors = problems?.filter((p) => p.severity === "error").length ?? 0;
  const warnings = (problems?.length ?? 0) - errors;
  return (
    <section className="studio-problems" aria-labelledby="studio-problems-heading">
      <h2 id="studio-problems-heading" className="studio-problems__heading">
        {t("heading")}{" "}
        <span className="muted" role="status" aria-live="polite">
          {checking || problems === null
            ? t("checking")
            : problems.length === 0
              ? t("none")
              : t("summary", { errors, warnings })}
        </span>
      </h2>
      {problems && problems.length > 0 && (
        <ul className="studio-problems__list">
          {problems.map((p, i) => {
            const text = locale === "vi" ? p.messageVi : p.message;
            const severity = p.severity === "error" ? t("error") : t("warning");
            return (
              <li
                key={`${p.code}-${p.id ?? ""}-${i}`}
                className={`studio-problem studio-problem--${p.severity}`}
              >
                {p.id ? (
                  <button
                    type="button"
                    className="studio-problem__button"
                    onClick={() => onSelect(p.id as string)}
                    aria-label={`${severity}: ${text} — ${t("select", { id: p.id })}`}
                  >
                    <span className="studio-problem__severity">{severity}</span>
                    <code className="studio-problem__id">{p.id}</code>
                    <span>{text}</span>
                  </button>
                ) : (
                  <div className="studio-problem__button">
                    <span className="studio-problem__severity">{severity}</span>
                    <span className="studio-problem__id">{t("model")}</span>
                    <span>{text}</span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
