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
  component: (props: Record<string, unknown>) => unknown;
  isEdited: (node: unknown) => boolean;
}
interface Group {
  id: string;
  label: string;
  entries: Entry[];
  /** Open when the element is selected: ours are what designers edit most. */
  shouldOpen?: boolean;
}
type Option = { value: string; label: string };

const nonNegative = (integer: boolean, message: string) => (value: string) => {
  if (value.trim() === "") return null;
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
    const label = this.config.labels.pauseClock;
    const services = this.services;
    return {
      id: "motcua-pause-clock",
      isEdited: isCheckboxEntryEdited,
      component: (props) =>
        h(CheckboxEntry, {
          element: props.element,
          id: "motcua-pause-clock",
          label,
          getValue: (el: unknown) => getZeebeProperty(el, "pauseClock") === "true",
          setValue: (v: boolean) =>
            setZeebeProperty(props.element, "pauseClock", v ? "true" : "", services),
        }),
    };
  }

  private text(
    id: string,
    property: string,
    label: string,
    description?: string,
    validate?: (v: string) => string | null,
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
    validate?: (v: string) => string | null,
    property?: string,
  ): Entry {
    const debounce = this.debounce;
    return {
      id,
      isEdited: isTextFieldEntryEdited,
      component: (props) =>
        h(TextFieldEntry, {
          element: props.element,
          id,
          label,
          description,
          debounce,
          validate,
          getValue: (el: unknown) => (get ? get() : getZeebeProperty(el, property ?? "")),
          setValue: (v: string) => {
            if (!validate || validate(v ?? "") === null) set(props.element, v ?? "");
          },
        }),
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
      component: (props) =>
        h(SelectEntry, {
          element: props.element,
          id,
          label,
          getValue: get,
          setValue: (v: string) => set(props.element, v),
          getOptions: options,
        }),
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
