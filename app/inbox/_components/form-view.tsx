import type { FormComponent, FormSchema } from "@/engine/model/types";
import { labelOf } from "./form-label";

interface Option {
  label: string;
  value: unknown;
}

function shown(c: FormComponent, value: unknown, yes: string, no: string): string {
  if (value === undefined || value === null || value === "") return "—";
  const options = Array.isArray(c.values) ? (c.values as Option[]) : [];
  const label = (v: unknown) => options.find((o) => o.value === v)?.label ?? String(v);
  if (typeof value === "boolean") return value ? yes : no;
  if (Array.isArray(value))
    return value.map((v) => (v && typeof v === "object" ? JSON.stringify(v) : label(v))).join(", ");
  if (typeof value === "object") {
    const file = value as { name?: unknown };
    return typeof file.name === "string" ? file.name : JSON.stringify(value);
  }
  return label(value);
}

/**
 * A form-js schema with its values, read-only, as a description list
 * (server-rendered; form-js itself is not loaded for reading).
 */
export function FormView({
  schema,
  values,
  yes,
  no,
}: {
  schema: FormSchema;
  values: Record<string, unknown>;
  yes: string;
  no: string;
}) {
  const items: { key: string; label: string; value: string; heading?: boolean }[] = [];
  const walk = (components: readonly FormComponent[], scope: Record<string, unknown>) => {
    for (const c of components) {
      if (c.type === "text" && typeof c.text === "string" && /^#{1,6}\s/.test(c.text.trim())) {
        items.push({
          key: c.id ?? c.text,
          label: (c.text.trim().split(/\r?\n/)[0] ?? "").replace(/^#+\s*/, ""),
          value: "",
          heading: true,
        });
      } else if (c.components && (c.type === "group" || c.type === "fieldset")) {
        const inner =
          typeof c.path === "string" && c.path && scope[c.path] && typeof scope[c.path] === "object"
            ? (scope[c.path] as Record<string, unknown>)
            : scope;
        walk(c.components, inner);
      } else if (c.key || (c.type === "dynamiclist" && c.path)) {
        const k = String(c.key ?? c.path);
        items.push({ key: c.id ?? k, label: labelOf(c, k), value: shown(c, scope[k], yes, no) });
      }
    }
  };
  walk(schema.components, values);
  return (
    <dl className="inbox-formview">
      {items.map((i) =>
        i.heading ? (
          <div key={i.key} className="inbox-formview__heading">
            <dt>{i.label}</dt>
            <dd />
          </div>
        ) : (
          <div key={i.key}>
            <dt>{i.label}</dt>
            <dd>{i.value}</dd>
          </div>
        ),
      )}
    </dl>
  );
}
