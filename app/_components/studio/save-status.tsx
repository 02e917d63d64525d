"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import type { SaveState } from "./use-autosave";

/** Where the draft stands; on a conflict, the two ways out. */
export function SaveStatus({ state, onOverwrite }: { state: SaveState; onOverwrite: () => void }) {
  const t = useTranslations("studio.save");
  if (state.kind === "conflict")
    return (
      <div className="studio-conflict" role="alert">
        <p>{t("conflict", { revision: state.theirs })}</p>
        <div className="studio-row">
          <Button variant="secondary" onPress={() => window.location.reload()}>
            {t("reload")}
          </Button>
          <Button variant="quiet" onPress={onOverwrite}>
            {t("overwrite")}
          </Button>
        </div>
      </div>
    );
  const text =
    state.kind === "saved"
      ? t("saved", { revision: state.revision })
      : state.kind === "saving"
        ? t("saving")
        : state.kind === "error"
          ? t("failed", { message: state.message })
          : t("unsaved");
  return (
    <p className={`studio-save studio-save--${state.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
