/**
 * Reading and writing our settings as standard zeebe extension elements
 * (DESIGN.md §2): `zeebe:properties` name/value pairs and single-attribute
 * elements such as `zeebe:assignmentDefinition candidateGroups`. Writes go
 * through one `properties-panel.multi-command-executor` command, so each
 * edit is one undo step.
 */
import { getBusinessObject, is } from "bpmn-js/lib/util/ModelUtil";

/* eslint-disable @typescript-eslint/no-explicit-any -- moddle elements are untyped */
type Moddle = any;

export interface Services {
  bpmnFactory: { create(type: string, attrs?: Record<string, unknown>): Moddle };
  commandStack: { execute(command: string, context: unknown): void };
}

interface Cmd {
  cmd: "element.updateModdleProperties";
  context: { element: unknown; moddleElement: Moddle; properties: Record<string, unknown> };
}

function extensionOf(bo: Moddle, type: string): Moddle | undefined {
  const values: Moddle[] = bo.get("extensionElements")?.get("values") ?? [];
  return values.find((v) => is(v, type));
}

/** The value of `zeebe:property name` on an element, or "" when absent. */
export function getZeebeProperty(element: unknown, name: string): string {
  const props = extensionOf(getBusinessObject(element as Moddle), "zeebe:Properties");
  const found = (props?.get("properties") as Moddle[] | undefined)?.find((p) => p.name === name);
  return (found?.value as string | undefined) ?? "";
}

/** One attribute of a single zeebe extension element (e.g. FormDefinition.formId), or "". */
export function getExtensionAttr(element: unknown, type: string, attr: string): string {
  return (
    (extensionOf(getBusinessObject(element as Moddle), type)?.get(attr) as string | undefined) ?? ""
  );
}

function ensureExtension(
  element: unknown,
  type: string,
  s: Services,
  cmds: Cmd[],
  attrs: Record<string, unknown> = {},
): Moddle {
  const bo = getBusinessObject(element as Moddle);
  let ext = bo.get("extensionElements");
  if (!ext) {
    ext = s.bpmnFactory.create("bpmn:ExtensionElements", { values: [] });
    ext.$parent = bo;
    cmds.push({
      cmd: "element.updateModdleProperties",
      context: { element, moddleElement: bo, properties: { extensionElements: ext } },
    });
  }
  let found = (ext.get("values") as Moddle[]).find((v) => is(v, type));
  if (!found) {
    found = s.bpmnFactory.create(type, attrs);
    found.$parent = ext;
    cmds.push({
      cmd: "element.updateModdleProperties",
      context: {
        element,
        moddleElement: ext,
        properties: { values: [...(ext.get("values") as Moddle[]), found] },
      },
    });
  }
  return found;
}

/** Sets (or, for "", removes) `zeebe:property name`. */
export function setZeebeProperty(element: unknown, name: string, value: string, s: Services): void {
  const cmds: Cmd[] = [];
  const trimmed = (value ?? "").trim();
  if (trimmed === "" && getZeebeProperty(element, name) === "") return;
  const props = ensureExtension(element, "zeebe:Properties", s, cmds, { properties: [] });
  const list = (props.get("properties") as Moddle[]) ?? [];
  const existing = list.find((p) => p.name === name);
  if (trimmed === "") {
    if (existing)
      cmds.push({
        cmd: "element.updateModdleProperties",
        context: {
          element,
          moddleElement: props,
          properties: { properties: list.filter((p) => p !== existing) },
        },
      });
  } else if (existing) {
    cmds.push({
      cmd: "element.updateModdleProperties",
      context: { element, moddleElement: existing, properties: { value: trimmed } },
    });
  } else {
    const created = s.bpmnFactory.create("zeebe:Property", { name, value: trimmed });
    created.$parent = props;
    cmds.push({
      cmd: "element.updateModdleProperties",
      context: { element, moddleElement: props, properties: { properties: [...list, created] } },
    });
  }
  if (cmds.length) s.commandStack.execute("properties-panel.multi-command-executor", cmds);
}

/** Sets one attribute of a single zeebe extension element, creating the element when needed. */
export function setExtensionAttr(
  element: unknown,
  type: string,
  attr: string,
  value: string,
  s: Services,
): void {
  const cmds: Cmd[] = [];
  const trimmed = (value ?? "").trim();
  const ext = ensureExtension(element, type, s, cmds);
  cmds.push({
    cmd: "element.updateModdleProperties",
    context: {
      element,
      moddleElement: ext,
      properties: { [attr]: trimmed === "" ? undefined : trimmed },
    },
  });
  s.commandStack.execute("properties-panel.multi-command-executor", cmds);
}
