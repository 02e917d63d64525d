"use client";

import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Form, FormEditor } from "@bpmn-io/form-js";
import { Button } from "@/app/_components/ui/button";
import type { FormSchema } from "@/engine/model/types";
import { translateDom } from "./dom-translate";
import { formDictionary, FORM_CONTENT } from "./translate";

import "@bpmn-io/form-js/dist/assets/form-js.css";
import "@bpmn-io/form-js/dist/assets/form-js-editor.css";

type Schema = Parameters<FormEditor["importSchema"]>[0];

/** The procedure's forms: pick one, edit it with the form-js editor, see it live in the viewer. */
export function FormsWorkspace({
  forms,
  usedBy,
  onChange,
}: {
  forms: FormSchema[];
  usedBy: (formId: string) => string[];
  onChange: (forms: FormSchema[]) => void;
}) {
  const t = useTranslations("studio.forms");
  const locale = useLocale();
  // `opened` (re)creates the editor; `selected` follows the form's id when it is renamed in the editor.
  const [opened, setOpened] = useState<string | null>(
    () => (forms[0]?.id as string | undefined) ?? null,
  );
  const [selected, setSelectedId] = useState<string | null>(opened);
  const setSelected = (id: string | null) => {
    setOpened(id);
    setSelectedId(id);
  };
  const [newId, setNewId] = useState("");
  const editorEl = useRef<HTMLDivElement>(null);
  const previewEl = useRef<HTMLDivElement>(null);
  const formsRef = useRef(forms);
  formsRef.current = forms;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!opened || !editorEl.current || !previewEl.current) return;
    const schema = formsRef.current.find((f) => f.id === opened);
    let currentId = opened;
    if (!schema) return;
    const dictionary = formDictionary(locale);
    const untranslate = [
      translateDom(editorEl.current, dictionary, FORM_CONTENT),
      translateDom(previewEl.current, dictionary, FORM_CONTENT),
    ];
    const editor = new FormEditor({ container: editorEl.current });
    const preview = new Form({ container: previewEl.current });
    let timer: ReturnType<typeof setTimeout> | undefined;
    void editor.importSchema(schema as Schema).then(() => preview.importSchema(schema as Schema));
    editor.on("changed", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = editor.saveSchema() as unknown as FormSchema;
        void preview.importSchema(next as Schema);
        const previous = currentId;
        currentId = String(next.id);
        setSelectedId(currentId);
        onChangeRef.current(formsRef.current.map((f) => (f.id === previous ? next : f)));
      }, 300);
    });
    return () => {
      clearTimeout(timer);
      for (const stop of untranslate) stop();
      editor.destroy();
      preview.destroy();
    };
  }, [opened, locale]);

  const taken = newId.trim() !== "" && forms.some((f) => f.id === newId.trim());
  function add() {
    const id = newId.trim();
    if (!id || taken) return;
    onChange([
      ...forms,
      { id, type: "default", schemaVersion: 16, components: [] } as unknown as FormSchema,
    ]);
    setSelected(id);
    setNewId("");
  }

  return (
    <div className="studio-forms">
      <nav className="studio-forms__list" aria-label={t("heading")}>
        <h2>{t("heading")}</h2>
        {forms.length === 0 && <p className="muted">{t("empty")}</p>}
        <ul>
          {forms.map((f) => {
            const id = String(f.id);
            const users = usedBy(id);
            return (
              <li key={id}>
                <button
                  type="button"
                  className="studio-forms__item"
                  aria-current={id === selected ? "true" : undefined}
                  onClick={() => setSelected(id)}
                >
                  <code>{id}</code>
                  <span className="muted">
                    {users.length ? t("usedBy", { ids: users.join(", ") }) : t("unused")}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <label className="field">
          <span>{t("newId")}</span>
          <input
            value={newId}
            onChange={(e) => setNewId(e.target.value)}
            aria-invalid={taken}
            onKeyDown={(e) => e.key === "Enter" && add()}
          />
        </label>
        {taken && <p className="field-error">{t("idTaken")}</p>}
        <Button variant="secondary" onPress={add} isDisabled={!newId.trim() || taken}>
          {t("add")}
        </Button>
        {selected && (
          <Button
            variant="quiet"
            onPress={() => {
              onChange(forms.filter((f) => f.id !== selected));
              setSelected(null);
            }}
          >
            {t("remove")}
          </Button>
        )}
      </nav>
      {selected ? (
        <>
          <section className="studio-forms__editor" aria-label={t("editor")}>
            <div ref={editorEl} className="studio-forms__host" />
          </section>
          <section className="studio-forms__preview" aria-labelledby="studio-preview-h">
            <h2 id="studio-preview-h">{t("preview")}</h2>
            <div ref={previewEl} className="studio-forms__host" />
          </section>
        </>
      ) : (
        <p className="muted studio-forms__none">{t("select")}</p>
      )}
    </div>
  );
}
