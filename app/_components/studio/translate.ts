/**
 * The studio's third-party UI in the user's language. bpmn-js and the
 * properties panel take a `translate` service (a bpmn-js module that
 * replaces the default); the form-js editor and token simulation have none,
 * so their chrome is translated in the DOM (`dom-translate.ts`). Strings not
 * in a dictionary stay English.
 */
import bpmnVi from "@/messages/studio/bpmn-vi.json";
import formVi from "@/messages/studio/form-vi.json";
import simulationVi from "@/messages/studio/simulation-vi.json";

type Dictionary = Readonly<Record<string, string>>;

const bpmn: Record<string, Dictionary> = { vi: bpmnVi };
const form: Record<string, Dictionary> = { vi: formVi };
const simulation: Record<string, Dictionary> = { vi: simulationVi };

export function translateModule(locale: string) {
  const dictionary = bpmn[locale] ?? {};
  const translate = (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? template).replace(
      /{([^}]+)}/g,
      (_, key: string) => replacements[key] ?? `{${key}}`,
    );
  return { translate: ["value", translate] as ["value", typeof translate] };
}

/** The form-js editor's and viewer's built-in strings. */
export const formDictionary = (locale: string): Dictionary => form[locale] ?? {};

/** Token simulation's buttons, log and notifications. */
export const simulationDictionary = (locale: string): Dictionary => simulation[locale] ?? {};

/** The designer's own words, never translated: diagram labels, label editing, form fields. */
export const DIAGRAM_CONTENT = "svg, .djs-direct-editing-parent";
export const FORM_CONTENT =
  ".fjs-form-field-label, .fjs-form-field-description, .fjs-form-field-text, .fjs-form-field-html, option, .fjs-dropdownlist-item, .fjs-taglist-tag-label, .fjs-table-th, .fjs-table-td";
