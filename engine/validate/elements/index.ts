/** The per-kind rules (STYLE.md: one file per element kind), keyed by IR node type. */
import type { NodeType } from "@/engine/model/types";
import type { ElementRule } from "../context";
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
import { sendTask, serviceTask } from "./service-task";
import { startEvent } from "./start-event";
import { subProcess } from "./sub-process";
import { unsupported } from "./unsupported";
import { userTask } from "./user-task";

const RULES: ElementRule[] = [
  startEvent,
  endEvent,
  intermediateCatchEvent,
  intermediateThrowEvent,
  boundaryEvent,
  userTask,
  serviceTask,
  sendTask,
  receiveTask,
  callActivity,
  subProcess,
  exclusiveGateway,
  inclusiveGateway,
  parallelGateway,
  eventBasedGateway,
  unsupported,
];

export const ELEMENT_RULES: Readonly<Record<NodeType, ElementRule>> = Object.fromEntries(
  RULES.map((r) => [r.type, r]),
) as Record<NodeType, ElementRule>;
