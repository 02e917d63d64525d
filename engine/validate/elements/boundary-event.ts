/** Boundary events: timer, message or error, attached to an activity in the same scope, with a way out. */
import type { Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import { isActivity, type ElementRule } from "../context";
import { eventProblems } from "./event-kinds";

export const boundaryEvent: ElementRule = {
  type: "boundaryEvent",
  validate(node, ctx) {
    const out: Problem[] = eventProblems(node, ["timer", "message", "error"], ctx);
    const def = node.event;
    if (def?.kind === "error" && def.errorRef && !ctx.definitions.errors[def.errorRef]) {
      out.push(
        error(
          "error-undefined",
          node.id,
          `Error boundary ${node.id} catches error "${def.errorRef}", which is not defined in the file.`,
          `Sự kiện biên lỗi ${node.id} bắt lỗi "${def.errorRef}" không được định nghĩa trong tệp.`,
        ),
      );
    }
    if (def?.kind === "error" && node.cancelActivity === false) {
      out.push(
        error(
          "boundary-invalid",
          node.id,
          `Error boundary ${node.id} must interrupt its activity (an error always ends it).`,
          `Sự kiện biên lỗi ${node.id} phải ngắt hoạt động (lỗi luôn kết thúc hoạt động đó).`,
        ),
      );
    }
    const host = node.attachedTo ? ctx.process.nodes[node.attachedTo] : undefined;
    if (!host || !isActivity(host) || host.triggeredByEvent || host.parent !== node.parent) {
      out.push(
        error(
          "boundary-invalid",
          node.id,
          `Boundary event ${node.id} must be attached to a task, call activity or subprocess in the same scope${node.attachedTo ? ` (it is attached to "${node.attachedTo}")` : ""}.`,
          `Sự kiện biên ${node.id} phải gắn vào một nhiệm vụ, hoạt động gọi hoặc quy trình con cùng phạm vi${node.attachedTo ? ` (đang gắn vào "${node.attachedTo}")` : ""}.`,
        ),
      );
    }
    if (node.incoming.length > 0) {
      out.push(
        error(
          "boundary-invalid",
          node.id,
          `Boundary event ${node.id} has incoming flows; it is triggered by its activity, not by a flow.`,
          `Sự kiện biên ${node.id} có luồng đi vào; nó được kích hoạt bởi hoạt động, không phải bởi luồng.`,
        ),
      );
    }
    if (node.outgoing.length === 0) {
      out.push(
        error(
          "boundary-no-outgoing",
          node.id,
          `Boundary event ${node.id} has no outgoing flow, so the dossier would stop there.`,
          `Sự kiện biên ${node.id} không có luồng đi ra nên hồ sơ sẽ dừng tại đó.`,
        ),
      );
    }
    return out;
  },
};
