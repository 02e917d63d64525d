/**
 * Our friendly properties-panel groups (a bpmn-js module, STYLE.md §5):
 * procedure code / level / statutory time / fee on the process; tier,
 * agency kind, candidate roles, step time and pause-clock on tasks; a form
 * picker on start events and user tasks. Everything is written as standard
 * zeebe extension elements, so Camunda Modeler reads the same model.
 */
import {
  CheckboxEntry,
  isCheckboxEntryEdited,
  isSelectEntryEdited,
  isTextFieldEntryEdited,
  SelectEntry,
  TextFieldEntry,
} from "@bpmn-io/properties-panel";
import { createElement as h } from "@bpmn-io/properties-panel/preact";
import { is } from "bpmn-js/lib/util/ModelUtil";
import {
  getExtensionAttr,
  getZeebeProperty,
  setExtensionAttr,
  setZeebeProperty,
  type Services,
} from "./zeebe-extensions";

/** What the studio passes in as `motCua` config: the strings (already translated) and the choices. */
export interface MotCuaConfig {
  labels: Record<
    | "groupProcedure"
    | "groupStep"
    | "groupForm"
    | "code"
    | "codeHint"
    | "level"
    | "level3"
    | "level4"
    | "none"
    | "sla"
    | "fee"
    | "tier"
    | "agency"
    | "agencyHint"
    | "roles"
    | "rolesHint"
    | "stepSla"
    | "pauseClock"
    | "form"
    | "noForm"
    | "mustBeNumber"
    | "mustBeInteger",
    string
  >;
  levels: string[];
  kinds: string[];
  /** Form ids the procedure has now (forms change while the model is open). */
  formIds: () => string[];
}

interface Entry {
  id: string;
  component: (props: EntryProps) => unknown;
  isEdited: (node: unknown) => boolean;
  field: Field;
}
/** What an entry's component needs; the panel hands the entry itself to the component as props. */
interface Field {
  label: string;
  description?: string;
  debounce?: unknown;
  validate?: (v: string | undefined) => string | null;
  getValue: (el: unknown) => unknown;
  set: (el: unknown, v: never) => void;
  getOptions?: () => Option[];
}
type EntryProps = { id: string; element: unknown; field: Field };

// Module-level components: a new function per render would make preact remount the field
// after every change, dropping the focus and an edit still waiting in the panel's debounce.
const setter = (p: EntryProps) => (v: unknown) =>
  (p.field.set as (el: unknown, v: unknown) => void)(p.element, v);
const TextComponent = (p: EntryProps) =>
  h(TextFieldEntry, { ...p.field, element: p.element, id: p.id, setValue: setter(p) });
const SelectComponent = (p: EntryProps) =>
  h(SelectEntry, { ...p.field, element: p.element, id: p.id, setValue: setter(p) });
const CheckboxComponent = (p: EntryProps) =>
  h(CheckboxEntry, { ...p.field, element: p.element, id: p.id, setValue: setter(p) });
interface Group {
  id: string;
  label: string;
  entries: Entry[];
  /** Open when the element is selected: ours are what designers edit most. */
  shouldOpen?: boolean;
}
type Option = { value: string; label: string };

// The panel validates on blur with whatever the field holds, which may be undefined.
const nonNegative = (integer: boolean, message: string) => (value: string | undefined) => {
  if (value === undefined || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && (!integer || Number.isInteger(n)) ? null : message;
};

export default class MotCuaPropertiesProvider {
  static $inject = [
    "propertiesPanel",
    "config.motCua",
    "bpmnFactory",
    "commandStack",
    "debounceInput",
  ];

  private readonly services: Services;

  constructor(
    propertiesPanel: { registerProvider(priority: number, provider: unknown): void },
    private readonly config: MotCuaConfig,
    bpmnFactory: Services["bpmnFactory"],
    commandStack: Services["commandStack"],
    private readonly debounce: (fn: unknown) => unknown,
  ) {
    this.services = { bpmnFactory, commandStack };
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: unknown) {
    return (groups: Group[]): Group[] => {
      const ours = this.groupsFor(element)
        .filter((g) => g.entries.length > 0)
        .map((g) => ({ ...g, shouldOpen: true }));
      return [...ours, ...groups];
    };
  }

  private groupsFor(element: unknown): Group[] {
    const l = this.config.labels;
    if (is(element, "bpmn:Process"))
      return [
        {
          id: "motcua-procedure",
          label: l.groupProcedure,
          entries: [
            this.text("motcua-code", "code", l.code, l.codeHint),
            this.select(
              "motcua-level",
              l.level,
              () => getZeebeProperty(element, "level"),
              (el, v) => setZeebeProperty(el, "level", v, this.services),
              () => [
                { value: "", label: l.none },
                { value: "3", label: l.level3 },
                { value: "4", label: l.level4 },
              ],
            ),
            this.text("motcua-sla", "sla", l.sla, undefined, nonNegative(false, l.mustBeNumber)),
            this.text("motcua-fee", "fee", l.fee, undefined, nonNegative(true, l.mustBeInteger)),
          ],
        },
      ];
    const out: Group[] = [];
    if (is(element, "bpmn:UserTask")) {
      out.push({
        id: "motcua-step",
        label: l.groupStep,
        entries: [
          this.select(
            "motcua-tier",
            l.tier,
            () => getZeebeProperty(element, "tier"),
            (el, v) => setZeebeProperty(el, "tier", v, this.services),
            () =>
              withCurrent(
                [
                  { value: "", label: l.none },
                  ...this.config.levels.map((v) => ({ value: v, label: v })),
                ],
                getZeebeProperty(element, "tier"),
              ),
          ),
          this.select(
            "motcua-agency",
            l.agency,
            () => getZeebeProperty(element, "agency"),
            (el, v) => setZeebeProperty(el, "agency", v, this.services),
            () =>
              withCurrent(
                [
                  { value: "", label: l.none },
                  ...this.config.kinds.map((v) => ({ value: v, label: v })),
                ],
                getZeebeProperty(element, "agency"),
              ),
          ),
          this.textWith(
            "motcua-roles",
            l.roles,
            l.rolesHint,
            () => getExtensionAttr(element, "zeebe:AssignmentDefinition", "candidateGroups"),
            (el, v) =>
              setExtensionAttr(
                el,
                "zeebe:AssignmentDefinition",
                "candidateGroups",
                v
                  .split(",")
                  .map((r) => r.trim())
                  .filter(Boolean)
                  .join(","),
                this.services,
              ),
          ),
          this.text(
            "motcua-step-sla",
            "sla",
            l.stepSla,
            undefined,
            nonNegative(false, l.mustBeNumber),
          ),
          this.pauseClock(),
        ],
      });
    } else if (is(element, "bpmn:ReceiveTask") || is(element, "bpmn:IntermediateCatchEvent")) {
      out.push({ id: "motcua-step", label: l.groupStep, entries: [this.pauseClock()] });
    }
    if (is(element, "bpmn:UserTask") || (is(element, "bpmn:StartEvent") && isTopLevel(element))) {
      out.push({
        id: "motcua-form",
        label: l.groupForm,
        entries: [
          this.select(
            "motcua-form-id",
            l.form,
            () => getExtensionAttr(element, "zeebe:FormDefinition", "formId"),
            (el, v) => setExtensionAttr(el, "zeebe:FormDefinition", "formId", v, this.services),
            () =>
              withCurrent(
                [
                  { value: "", label: l.noForm },
                  ...this.config.formIds().map((v) => ({ value: v, label: v })),
                ],
                getExtensionAttr(element, "zeebe:FormDefinition", "formId"),
              ),
          ),
        ],
      });
    }
    return out;
  }

  private pauseClock(): Entry {
    const services = this.services;
    return {
      id: "motcua-pause-clock",
      isEdited: isCheckboxEntryEdited,
      component: CheckboxComponent,
      field: {
        label: this.config.labels.pauseClock,
        getValue: (el: unknown) => getZeebeProperty(el, "pauseClock") === "true",
        set: (el: unknown, v: boolean) =>
          setZeebeProperty(el, "pauseClock", v ? "true" : "", services),
      },
    };
  }

  private text(
    id: string,
    property: string,
    label: string,
    description?: string,
    validate?: (v: string | undefined) => string | null,
  ): Entry {
    return this.textWith(
      id,
      label,
      description,
      undefined,
      (el, v) => setZeebeProperty(el, property, v, this.services),
      validate,
      property,
    );
  }

  private textWith(
    id: string,
    label: string,
    description: string | undefined,
    get: (() => string) | undefined,
    set: (el: unknown, v: string) => void,
    validate?: (v: string | undefined) => string | null,
    property?: string,
  ): Entry {
    return {
      id,
      isEdited: isTextFieldEntryEdited,
      component: TextComponent,
      field: {
        label,
        description,
        debounce: this.debounce,
        validate,
        getValue: (el: unknown) => (get ? get() : getZeebeProperty(el, property ?? "")),
        set: (el: unknown, v: string | undefined) => {
          if (!validate || validate(v ?? "") === null) set(el, v ?? "");
        },
      },
    };
  }

  private select(
    id: string,
    label: string,
    get: () => string,
    set: (el: unknown, v: string) => void,
    options: () => Option[],
  ): Entry {
    return {
      id,
      isEdited: isSelectEntryEdited,
      component: SelectComponent,
      field: { label, getValue: get, set, getOptions: options },
    };
  }
}

/** Keeps a value the model has even when it is not among today's choices (e.g. a retired level). */
function withCurrent(options: Option[], current: string): Option[] {
  return current && !options.some((o) => o.value === current)
    ? [...options, { value: current, label: current }]
    : options;
}

function isTopLevel(element: unknown): boolean {
  const parent = (element as { parent?: unknown }).parent;
  return is(parent, "bpmn:Process") || is(parent, "bpmn:Participant");
}
