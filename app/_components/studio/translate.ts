/**
 * bpmn-js's `translate` service in the user's language (a bpmn-js module
 * that replaces the default). Strings not in the dictionary stay English.
 */
import bpmnVi from "@/messages/studio/bpmn-vi.json";

const dictionaries: Record<string, Record<string, string>> = { vi: bpmnVi };

export function translateModule(locale: string) {
  const dictionary = dictionaries[locale] ?? {};
  const translate = (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? template).replace(
      /{([^}]+)}/g,
      (_, key: string) => replacements[key] ?? `{${key}}`,
    );
  return { translate: ["value", translate] as ["value", typeof translate] };
}
