/**
 * moddle's import warnings (bpmn-js collects them the same way) → problems.
 * A warning is an error when the element it concerns was dropped or left
 * unconnected, i.e. the model that runs would differ from the one drawn.
 */
import type { Problem } from "@/engine/model/types";
import { idOf, isElement } from "./moddle-element";
import type { UnresolvedRefs } from "./map-event";
import { error, warning } from "./problem";

interface ImportWarning {
  message?: unknown;
  element?: unknown;
  property?: unknown;
  value?: unknown;
}

/** References that validate's own rules report with the element's id and a better sentence. */
const REPORTED_BY_RULES = new Set([
  "messageRef",
  "errorRef",
  "sourceRef",
  "targetRef",
  "default",
  "attachedToRef",
]);

/** Unresolved references as element → { property: raw id }, so the mapper can keep the raw id. */
export function unresolvedRefs(warnings: unknown[]): UnresolvedRefs {
  const refs: UnresolvedRefs = new Map();
  for (const w of warnings as ImportWarning[]) {
    if (typeof w !== "object" || w === null || !isUnresolved(w)) continue;
    const prop = localName(w.property);
    if (!prop || typeof w.value !== "string") continue;
    refs.set(w.element, { ...refs.get(w.element), [prop]: w.value });
  }
  return refs;
}

export function importProblems(warnings: unknown[]): Problem[] {
  const out: Problem[] = [];
  for (const w of warnings as ImportWarning[]) {
    if (typeof w !== "object" || w === null) continue;
    const text =
      typeof w.message === "string"
        ? w.message
            .split("\n")
            .map((l) => l.trim())
            .join(" ")
        : "unknown import warning";
    const id = isElement(w.element) ? idOf(w.element) : null;
    if (isUnresolved(w)) {
      const prop = localName(w.property) ?? "";
      if (REPORTED_BY_RULES.has(prop)) continue;
      // Diagram shapes pointing nowhere only affect the picture.
      if (prop === "bpmnElement") {
        out.push(
          warning(
            "diagram-reference-unresolved",
            id,
            `The diagram refers to an unknown element "${String(w.value)}".`,
            `Sơ đồ tham chiếu tới phần tử không tồn tại "${String(w.value)}".`,
          ),
        );
        continue;
      }
      out.push(
        error(
          "reference-unresolved",
          id,
          `${describeEl(id)}refers to an unknown element "${String(w.value)}" (${prop}).`,
          `${describeElVi(id)}tham chiếu tới phần tử không tồn tại "${String(w.value)}" (${prop}).`,
        ),
      );
    } else if (
      /^unparsable content/.test(text) &&
      /duplicate ID|illegal ID|unknown type <bpmn:|unrecognized element <bpmn:/.test(text)
    ) {
      out.push(
        error(
          "xml-element-dropped",
          id,
          `Part of the model could not be read and was dropped: ${text}.`,
          `Một phần của mô hình không đọc được và đã bị bỏ qua: ${text}.`,
        ),
      );
    } else {
      out.push(
        warning(
          "xml-import-warning",
          id,
          `Import warning: ${text}.`,
          `Cảnh báo khi đọc tệp: ${text}.`,
        ),
      );
    }
  }
  return out;
}

function isUnresolved(w: ImportWarning): boolean {
  return typeof w.message === "string" && w.message.startsWith("unresolved reference");
}

function localName(property: unknown): string | undefined {
  if (typeof property !== "string") return undefined;
  return property.includes(":") ? property.slice(property.indexOf(":") + 1) : property;
}

const describeEl = (id: string | null) => (id ? `Element ${id} ` : "An element ");
const describeElVi = (id: string | null) => (id ? `Phần tử ${id} ` : "Một phần tử ");
