/**
 * The engine's intermediate representation of a BPMN procedure.
 *
 * `parse()` turns BPMN XML (Camunda 8 / zeebe dialect) into this plain,
 * serialisable shape; `validate()` and `compile()` read only this, never the
 * moddle object tree, so each stage can be tested with hand-written models.
 */

export type Severity = "error" | "warning";

/** One finding of `validate()` (DESIGN.md §6). `id` is the BPMN element id, or null for the file. */
export interface Problem {
  id: string | null;
  severity: Severity;
  /** English sentence (the contract's `message`). */
  message: string;
  /** The same sentence in Vietnamese. */
  messageVi: string;
  /** Stable machine-readable code, e.g. `unsupported-element`, `gateway-not-paired`. */
  code: string;
}

/** Element kinds the engine knows. Anything else is kept as `unsupported` so validate can name it. */
export type NodeType =
  | "startEvent"
  | "endEvent"
  | "intermediateCatchEvent"
  | "intermediateThrowEvent"
  | "boundaryEvent"
  | "userTask"
  | "serviceTask"
  | "receiveTask"
  | "sendTask"
  | "callActivity"
  | "subProcess"
  | "exclusiveGateway"
  | "parallelGateway"
  | "inclusiveGateway"
  | "eventBasedGateway"
  | "unsupported";

export type EventDefinition =
  | { kind: "none" }
  | {
      kind: "timer";
      /** Exactly one of these is set for a well-formed timer (raw text, `=` FEEL allowed). */
      timeDuration?: string;
      timeDate?: string;
      timeCycle?: string;
      /** `zeebe:properties workingDays=true`: the duration counts working days. */
      workingDays: boolean;
    }
  | {
      kind: "message";
      /** Resolved `bpmn:Message` name (what a `message` step names); null when the reference is missing. */
      messageName: string | null;
      messageRef: string | null;
      correlationKey?: string;
    }
  | { kind: "error"; errorCode: string | null; errorRef: string | null }
  | { kind: "terminate" }
  /** Signal, escalation, compensation, conditional, link, cancel, or several definitions at once. */
  | { kind: "unsupported"; what: string };

export interface MultiInstance {
  sequential: boolean;
  /** FEEL expression (with leading `=`) yielding the list to iterate. */
  inputCollection?: string;
  inputElement?: string;
  outputCollection?: string;
  /** FEEL expression whose value is collected per instance. */
  outputElement?: string;
  /** FEEL expression; when true, remaining instances are cancelled. */
  completionCondition?: string;
  /** `bpmn:loopCardinality` when no collection is given. */
  loopCardinality?: string;
}

export interface IoMapping {
  /** `source` is a FEEL expression (leading `=` optional), `target` a variable name / path. */
  inputs: { source: string; target: string }[];
  outputs: { source: string; target: string }[];
}

export interface FlowNode {
  id: string;
  type: NodeType;
  /** The original moddle type (e.g. `bpmn:ScriptTask`), kept for messages. */
  bpmnType: string;
  name?: string;
  /** Id of the containing scope: the process id or an (event) subprocess id. */
  parent: string;
  /** Sequence-flow ids, in document order. */
  incoming: string[];
  outgoing: string[];
  /** `zeebe:properties` as name → value. */
  properties: Record<string, string>;
  /** Events only. */
  event?: EventDefinition;
  /** Start event / user task: `zeebe:formDefinition formId` (or formKey). */
  formId?: string;
  /** User task: `zeebe:assignmentDefinition candidateGroups`, split on commas, trimmed. */
  candidateGroups?: string[];
  /** User task: `zeebe:assignmentDefinition assignee`. */
  assignee?: string;
  /** Service / send task: `zeebe:taskDefinition type`. */
  taskType?: string;
  taskHeaders?: Record<string, string>;
  /** Receive task: its message. */
  messageName?: string | null;
  messageRef?: string | null;
  /** Call activity: `zeebe:calledElement processId`. */
  calledElement?: string;
  /** Boundary event: the activity it is attached to and whether it interrupts. */
  attachedTo?: string;
  cancelActivity?: boolean;
  /** Subprocess: true for an event subprocess. */
  triggeredByEvent?: boolean;
  /** Start event inside an event subprocess: false when non-interrupting. */
  isInterrupting?: boolean;
  /** Gateways and activities: the default sequence flow id. */
  default?: string;
  multiInstance?: MultiInstance;
  /** `bpmn:standardLoopCharacteristics` is set: not supported (only multi-instance is); kept so validate can name it. */
  standardLoop?: boolean;
  ioMapping?: IoMapping;
}

export interface SequenceFlow {
  id: string;
  name?: string;
  sourceRef: string;
  targetRef: string;
  /** FEEL condition as written, e.g. `=decision = "approve"`. */
  condition?: string;
  parent: string;
}

export interface Scope {
  id: string;
  kind: "process" | "subProcess";
  /** Ids of the flow nodes directly inside (boundary events included, nested scopes' contents not). */
  children: string[];
}

export interface ProcessModel {
  id: string;
  name?: string;
  isExecutable: boolean;
  /** Process-level `zeebe:properties`: `code`, `level`, `sla`, `fee`, … */
  properties: Record<string, string>;
  nodes: Record<string, FlowNode>;
  flows: Record<string, SequenceFlow>;
  /** The process itself and every subprocess, keyed by id. */
  scopes: Record<string, Scope>;
}

export interface Definitions {
  id: string;
  processes: ProcessModel[];
  /** `bpmn:Message` by id → name. */
  messages: Record<string, { id: string; name: string | null }>;
  /** `bpmn:Error` by id → errorCode. */
  errors: Record<string, { id: string; name?: string; errorCode: string | null }>;
  /** Ids of elements that have a BPMNShape / BPMNEdge (empty when the file has no diagram). */
  diagramIds: string[];
  /** Elements outside any process that we do not run (collaborations' lanes are fine; choreographies are not). */
  unsupportedRoots: { id: string | null; bpmnType: string }[];
}

/** A form-js schema as Camunda Modeler writes it (`*.form`). Only what the engine reads is typed. */
export interface FormSchema {
  id: string;
  type?: "default" | string;
  components: FormComponent[];
  [extra: string]: unknown;
}

export interface FormComponent {
  type: string;
  id?: string;
  key?: string;
  path?: string;
  label?: string;
  components?: FormComponent[];
  [extra: string]: unknown;
}

/** The organisation (DESIGN.md §3). */
export interface Organisation {
  levels: string[];
  units: OrgUnit[];
}

export interface OrgUnit {
  code: string;
  name: string;
  level: string;
  kind?: string;
  parent?: string;
}
