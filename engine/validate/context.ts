/** What every rule sees: the whole file, the process being checked and the caller's lookups. */
import type {
  Definitions,
  FlowNode,
  FormSchema,
  NodeType,
  ProcessModel,
  Problem,
} from "@/engine/model/types";

export interface ValidateOptions {
  /** Forms by form-js `id` (DESIGN.md §2). A referenced id that is missing here is an error. */
  forms?: Record<string, FormSchema>;
  /** Callable processes by process id (from sibling `.bpmn` files). */
  processes?: Record<string, Definitions>;
  /** True when the caller named a forms folder (`--forms`); only changes the wording of messages. */
  formsDirGiven?: boolean;
}

export interface ValidationContext {
  definitions: Definitions;
  process: ProcessModel;
  options: ValidateOptions;
}

/** One element kind's checks (STYLE.md: one file per kind, registered in `elements/index.ts`). */
export interface ElementRule {
  type: NodeType;
  validate(node: FlowNode, ctx: ValidationContext): Problem[];
}

/** Activities: what may carry boundary events, multi-instance and io mappings. */
export const ACTIVITY_TYPES: ReadonlySet<NodeType> = new Set<NodeType>([
  "userTask",
  "serviceTask",
  "receiveTask",
  "sendTask",
  "callActivity",
  "subProcess",
]);

export function isActivity(node: FlowNode | undefined): boolean {
  return node !== undefined && ACTIVITY_TYPES.has(node.type);
}

export function isGateway(node: FlowNode | undefined): boolean {
  return node !== undefined && node.type.endsWith("Gateway");
}

/** A short label for messages: `Task_Review ("Thẩm định")`. */
export function label(node: FlowNode | undefined, fallbackId = "?"): string {
  if (!node) return fallbackId;
  return node.name ? `${node.id} ("${node.name}")` : node.id;
}
