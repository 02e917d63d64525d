"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";

/**
 * Asks for the version note before publishing. A native modal `<dialog>`:
 * the browser traps focus, Escape cancels, and focus returns to the button.
 */
export function PublishDialog({
  open,
  busy,
  onPublish,
  onClose,
}: {
  open: boolean;
  busy: boolean;
  onPublish: (note: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("studio.publish");
  const uid = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState("");

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="studio-dialog stack-sm"
      aria-labelledby={`${uid}-h`}
      onClose={onClose}
    >
      <h2 id={`${uid}-h`}>{t("dialogTitle")}</h2>
      <label className="field">
        <span>{t("note")}</span>
        <textarea
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${uid}-hint`}
        />
      </label>
      <p id={`${uid}-hint`} className="muted">
        {t("noteHint")}
      </p>
      <div className="studio-row">
        <Button onPress={() => onPublish(note.trim())} isDisabled={busy}>
          {busy ? t("publishing") : t("confirm")}
        </Button>
        <Button variant="secondary" onPress={onClose} isDisabled={busy}>
          {t("cancel")}
        </Button>
      </div>
    </dialog>
  );
}
