// Packages of the studio that ship no TypeScript declarations (STACK-NOTES trap 5).
// Each is a bpmn-js / diagram-js module object or a small function; we type
// only what the studio uses.
declare module "bpmn-js-properties-panel" {
  type ModuleDeclaration = import("didi").ModuleDeclaration;
  export const BpmnPropertiesPanelModule: ModuleDeclaration;
  export const BpmnPropertiesProviderModule: ModuleDeclaration;
  export const ZeebePropertiesProviderModule: ModuleDeclaration;
  export function useService<T = unknown>(name: string, strict?: boolean): T;
}
declare module "@bpmn-io/properties-panel" {
  type Component = (props: Record<string, unknown>) => unknown;
  export const TextFieldEntry: Component;
  export const SelectEntry: Component;
  export const CheckboxEntry: Component;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
  export function isCheckboxEntryEdited(node: unknown): boolean;
}
declare module "@bpmn-io/properties-panel/preact" {
  export function createElement(
    type: unknown,
    props: Record<string, unknown> | null,
    ...children: unknown[]
  ): unknown;
}
declare module "camunda-bpmn-js-behaviors/lib/camunda-cloud" {
  const module: import("didi").ModuleDeclaration;
  export default module;
}
declare module "bpmn-js-token-simulation" {
  const module: import("didi").ModuleDeclaration;
  export default module;
}
declare module "diagram-js-minimap" {
  const module: import("didi").ModuleDeclaration;
  export default module;
}
declare module "bpmn-auto-layout" {
  export function layoutProcess(xml: string): Promise<string>;
}
declare module "bpmn-js-differ" {
  export interface DiffResult {
    _added: Record<string, unknown>;
    _removed: Record<string, unknown>;
    _changed: Record<string, unknown>;
    _layoutChanged: Record<string, unknown>;
  }
  export function diff(a: unknown, b: unknown): DiffResult;
}
