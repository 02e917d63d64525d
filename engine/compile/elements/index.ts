import type { FlowNode } from "../../model/types";
import { CompileError } from "../errors";
import { boundaryEvent } from "./boundary-event";
import { callActivity } from "./call-activity";
import { endEvent } from "./end-event";
import { eventBasedGateway } from "./event-based-gateway";
import { exclusiveGateway } from "./exclusive-gateway";
import { inclusiveGateway } from "./inclusive-gateway";
import { intermediateCatchEvent } from "./intermediate-catch-event";
import { intermediateThrowEvent } from "./intermediate-throw-event";
import { parallelGateway } from "./parallel-gateway";
import { receiveTask } from "./receive-task";
import { sendTask } from "./send-task";
import { serviceTask } from "./service-task";
import { startEvent } from "./start-event";
import { subProcess } from "./sub-process";
import type { ElementCompiler } from "./types";
import { userTask } from "./user-task";

const compilers: ElementCompiler[] = [
  startEvent,
  endEvent,
  userTask,
  serviceTask,
  receiveTask,
  sendTask,
  subProcess,
  callActivity,
  exclusiveGateway,
  parallelGateway,
  inclusiveGateway,
  eventBasedGateway,
  intermediateCatchEvent,
  intermediateThrowEvent,
  boundaryEvent,
];

const byType = new Map(compilers.flatMap((c) => c.types.map((t) => [t, c] as const)));

export function elementCompiler(node: FlowNode): ElementCompiler {
  const c = byType.get(node.type);
  if (!c) throw new CompileError(node.id, `${node.bpmnType} is not supported`);
  return c;
}
