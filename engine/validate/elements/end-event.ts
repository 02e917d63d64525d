/** End events: none, terminate, or error with a defined error code. */
import type { Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ElementRule } from "../context";
import { eventProblems } from "./event-kinds";

export const endEvent: ElementRule = {
  type: "endEvent",
  validate(node, ctx) {
    const out: Problem[] = eventProblems(node, ["none", "terminate", "error"], ctx);
    const def = node.event;
    if (def?.kind === "error") {
      const known = def.errorRef ? ctx.definitions.errors[def.errorRef] : undefined;
      if (!known || !known.errorCode) {
        out.push(
          error(
            "error-undefined",
            node.id,
            `Error end event ${node.id} must throw a defined error with an error code${def.errorRef ? ` ("${def.errorRef}" is ${known ? "missing its code" : "not defined"})` : ""}.`,
            `Sự kiện kết thúc lỗi ${node.id} phải ném một lỗi đã định nghĩa có mã lỗi${def.errorRef ? ` ("${def.errorRef}" ${known ? "chưa có mã" : "không được định nghĩa"})` : ""}.`,
          ),
        );
      }
    }
    if (node.outgoing.length > 0) {
      out.push(
        error(
          "end-has-outgoing",
          node.id,
          `End event ${node.id} has outgoing flows, which would never be taken.`,
          `Sự kiện kết thúc ${node.id} có luồng đi ra, các luồng này sẽ không bao giờ được đi.`,
        ),
      );
    }
    return out;
  },
};
