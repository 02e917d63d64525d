/**
 * Guarded access to bpmn-moddle's object tree. moddle elements are untyped
 * (and any input may produce odd shapes), so every read checks its type
 * instead of trusting the XML.
 */

/** A moddle element as seen by the mapper: a `$type` and unknown properties. */
export interface ModdleElement {
  $type: string;
  id?: unknown;
  [key: string]: unknown;
}

export function isElement(value: unknown): value is ModdleElement {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { $type?: unknown }).$type === "string"
  );
}

/** A string property, or undefined when absent or not a string. */
export function str(el: ModdleElement | undefined, key: string): string | undefined {
  const v = el?.[key];
  return typeof v === "string" ? v : undefined;
}

export function idOf(el: ModdleElement | undefined): string | null {
  const v = el?.id;
  return typeof v === "string" && v !== "" ? v : null;
}

export function bool(el: ModdleElement | undefined, key: string): boolean | undefined {
  const v = el?.[key];
  return typeof v === "boolean" ? v : undefined;
}

export function child(el: ModdleElement | undefined, key: string): ModdleElement | undefined {
  const v = el?.[key];
  return isElement(v) ? v : undefined;
}

export function list(el: ModdleElement | undefined, key: string): ModdleElement[] {
  const v = el?.[key];
  return Array.isArray(v) ? v.filter(isElement) : [];
}

/** The `zeebe:*` (or other) extension elements of one type, e.g. `zeebe:Properties`. */
export function extensions(el: ModdleElement | undefined, type: string): ModdleElement[] {
  return list(child(el, "extensionElements"), "values").filter((v) => v.$type === type);
}

export function firstExtension(
  el: ModdleElement | undefined,
  type: string,
): ModdleElement | undefined {
  return extensions(el, type)[0];
}

/** The text of a `bpmn:FormalExpression` (conditions, timer values, cardinality). */
export function expressionBody(el: ModdleElement | undefined): string | undefined {
  const body = str(el, "body");
  return body === undefined ? undefined : body.trim();
}
