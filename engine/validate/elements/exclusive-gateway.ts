/** Exclusive gateways branch freely (loops, early ends); their conditions must let the engine choose. */
import type { ElementRule } from "../context";
import { gatewayConditionProblems } from "./gateway-conditions";

export const exclusiveGateway: ElementRule = {
  type: "exclusiveGateway",
  validate: gatewayConditionProblems,
};
