/**
 * The start form as the portal renders and reads it: the schema walked into
 * the fields a plain HTML form shows, and a posted FormData turned back into
 * the data the engine validates. Pure, so it is tested without a server.
 */
import type { FormComponent, FormSchema } from "@/engine/model/types";

export interface Option {
  label: string;
  value: string;
}

export type RenderNode =
  | { kind: "text"; id: string; text: string }
  | { kind: "group"; id: string; label: string; children: RenderNode[] }
  | {
      kind: "list";
      id: string;
      key: string;
      label: string;
      rows: number;
      children: FormComponent[];
      /** Shown only under a condition (`conditional.hide`): folded away until opened. */
      conditional: boolean;
    }
  | { kind: "field"; id: string; component: FormComponent };

/** How many entries a repeating list shows without JavaScript. */
export const LIST_ROWS = 3;

const DATA_TYPES = new Set([
  "textfield",
  "textarea",
  "number",
  "select",
  "radio",
  "checkbox",
  "checklist",
  "datetime",
  "filepicker",
  "taglist",
]);

export function optionsOf(c: FormComponent): Option[] {
  const values = Array.isArray(c.values) ? (c.values as unknown[]) : [];
  return values.flatMap((v) =>
    v && typeof v === "object" && "value" in v
      ? [
          {
            value: String((v as { value: unknown }).value),
            label: String((v as { label?: unknown }).label ?? (v as { value: unknown }).value),
          },
        ]
      : [],
  );
}

export function labelOf(c: FormComponent): string {
  if (typeof c.label === "string" && c.label) return c.label;
  if (typeof c.dateLabel === "string" && c.dateLabel) return c.dateLabel;
  if (typeof c.timeLabel === "string" && c.timeLabel) return c.timeLabel;
  return String(c.key ?? c.id ?? "");
}

export function isRequiredField(c: FormComponent): boolean {
  return (c.validate as { required?: unknown } | undefined)?.required === true;
}

/** The schema as render nodes; unknown layout types (buttons, images, spacers) are skipped. */
export function renderTree(components: readonly FormComponent[]): RenderNode[] {
  return components.flatMap((c, i): RenderNode[] => {
    const id = String(c.id ?? `c${i}`);
    if (c.type === "text" && typeof c.text === "string")
      return [{ kind: "text", id, text: c.text }];
    if (c.type === "group" || (c.type === "dynamiclist" && c.isRepeating === false))
      return [{ kind: "group", id, label: labelOf(c), children: renderTree(c.components ?? []) }];
    if (c.type === "dynamiclist" && typeof c.path === "string")
      return [
        {
          kind: "list",
          id,
          key: c.path,
          label: labelOf(c),
          rows: LIST_ROWS,
          children: (c.components ?? []).filter((x) => DATA_TYPES.has(x.type)),
          conditional: typeof (c.conditional as { hide?: unknown } | undefined)?.hide === "string",
        },
      ];
    if (DATA_TYPES.has(c.type) && typeof c.key === "string")
      return [{ kind: "field", id, component: c }];
    return [];
  });
}

/** The form control name of a field (prefixed so it never meets the form's own controls). */
export const inputName = (key: string) => `f.${key}`;

export interface ReadForm {
  data: Record<string, unknown>;
  /** Files chosen in this post, by field path, to upload before saving. */
  files: { key: string; file: File }[];
}

function readValue(c: FormComponent, form: FormData, name: string): unknown {
  switch (c.type) {
    case "checkbox":
      return form.get(name) === "on";
    case "checklist":
    case "taglist":
      return form.getAll(name).filter((v): v is string => typeof v === "string");
    default: {
      const v = form.get(name);
      return typeof v === "string" ? v : undefined;
    }
  }
}

/**
 * The posted values as the start form's data. File fields keep what the
 * draft had unless a new file was chosen (returned in `files` to upload).
 * Empty strings are left out, so the engine reports them as missing.
 */
export function readStartForm(
  schema: FormSchema,
  form: FormData,
  previous: Record<string, unknown>,
): ReadForm {
  const data: Record<string, unknown> = {};
  const files: ReadForm["files"] = [];
  const take = (c: FormComponent, path: string, target: Record<string, unknown>, prev: unknown) => {
    const name = inputName(path);
    if (c.type === "filepicker") {
      const picked = form.get(name);
      if (picked instanceof File && picked.size > 0) files.push({ key: path, file: picked });
      else if (prev !== undefined && prev !== null) target[String(c.key)] = prev;
      return;
    }
    const v = readValue(c, form, name);
    if (v === undefined || v === "") return;
    target[String(c.key)] = v;
  };
  const walk = (nodes: RenderNode[], prev: Record<string, unknown>) => {
    for (const n of nodes) {
      if (n.kind === "group") walk(n.children, prev);
      else if (n.kind === "field")
        take(n.component, String(n.component.key), data, prev[String(n.component.key)]);
      else if (n.kind === "list") {
        const rows: Record<string, unknown>[] = [];
        for (let i = 0; i < n.rows; i++) {
          const row: Record<string, unknown> = {};
          for (const c of n.children) take(c, `${n.key}[${i}].${String(c.key)}`, row, undefined);
          if (Object.values(row).some((v) => v !== false && !(Array.isArray(v) && v.length === 0)))
            rows.push(row);
        }
        if (rows.length > 0) data[n.key] = rows;
      }
    }
  };
  walk(renderTree(schema.components), previous);
  return { data, files };
}

/** Puts an uploaded file's reference where `readStartForm` found the file (`key` or `list[i].key`). */
export function setAtPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const m = /^([^[]+)\[(\d+)\]\.(.+)$/.exec(path);
  if (!m) {
    data[path] = value;
    return;
  }
  const [, list = "", index = "0", key = ""] = m;
  const rows = Array.isArray(data[list]) ? (data[list] as Record<string, unknown>[]) : [];
  const i = Number(index);
  while (rows.length <= i) rows.push({});
  rows[i] = { ...rows[i], [key]: value };
  data[list] = rows;
}
