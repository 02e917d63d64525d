/** Inclusive gateways: conditions as for exclusive ones; pairing is checked by `graph/blocks.ts`. */
import type { ElementRule } from "../context";
import { gatewayConditionProblems } from "./gateway-conditions";

export const inclusiveGateway: ElementRule = {
  type: "inclusiveGateway",
  validate: gatewayConditionProblems,
};
