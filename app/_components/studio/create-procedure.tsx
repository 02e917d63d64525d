"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { createDraftAction } from "@/app/_lib/studio/actions";
import { readFiles } from "./files";

const ID_PATTERN = "[A-Za-z_][A-Za-z0-9_\\-]{0,99}";

/** New procedure: a process id, a name, and a template (a published procedure, blank, or an imported file). */
export function CreateProcedure({ templates }: { templates: { id: string; name: string }[] }) {
  const t = useTranslations("studio");
  const uid = useId();
  const router = useRouter();
  const [id, setId] = useState("");
  const [name, setName] = useState("");
  const [template, setTemplate] = useState("blank");
  const [files, setFiles] = useState<FileList | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const chosen = await readFiles(files);
      const bpmnFile = chosen.find((f) => /\.(bpmn|xml)$/i.test(f.name));
      const forms = chosen
        .filter((f) => /\.(form|json)$/i.test(f.name))
        .map((f) => JSON.parse(f.text) as Record<string, unknown>);
      const sourceProcessId = bpmnFile
        ? /<(?:[\w-]+:)?process\b[^>]*\bid="([^"]+)"/.exec(bpmnFile.text)?.[1]
        : undefined;
      const result = await createDraftAction({
        id: id.trim(),
        name: name.trim(),
        template,
        ...(bpmnFile ? { bpmn: bpmnFile.text, forms, sourceProcessId } : {}),
      });
      if (result.ok) router.push(`/studio/${encodeURIComponent(result.value.id)}`);
      else
        setError(
          result.code === "UNKNOWN"
            ? t("errors.UNKNOWN", { ref: result.ref ?? "" })
            : `${result.code === "NOT_AVAILABLE" ? "" : t(`errors.${result.code}`)} ${result.message}`,
        );
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${uid}-h`} className="studio-create">
      <h2 id={`${uid}-h`}>{t("create.heading")}</h2>
      <form onSubmit={(e) => void submit(e)} className="stack-sm">
        <label className="field">
          <span>{t("create.id")}</span>
          <input
            name="id"
            required
            pattern={ID_PATTERN}
            value={id}
            onChange={(e) => setId(e.target.value)}
            aria-describedby={`${uid}-idhint`}
            autoComplete="off"
          />
          <small id={`${uid}-idhint`} className="muted">
            {t("create.idHint")}
          </small>
        </label>
        <label className="field">
          <span>{t("create.name")}</span>
          <input
            name="name"
            required
            maxLength={300}
            value={name}
            onChange={(e) => setName(e.target.value)}
            lang="vi"
          />
        </label>
        <label className="field">
          <span>{t("create.template")}</span>
          <select name="template" value={template} onChange={(e) => setTemplate(e.target.value)}>
            <option value="blank">{t("create.blank")}</option>
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id} lang="vi">
                {tpl.name} ({tpl.id})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("create.importFile")}</span>
          <input
            type="file"
            accept=".bpmn,.xml,.form,.json"
            multiple
            onChange={(e) => setFiles(e.target.files)}
          />
        </label>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div>
          <Button type="submit" isDisabled={busy}>
            {busy ? t("create.creating") : t("create.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
