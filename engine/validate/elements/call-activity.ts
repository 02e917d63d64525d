/** Call activities: a process id that exists among the sibling models (or in this file). */
import { error, warning } from "@/engine/bpmn/problem";
import type { ElementRule } from "../context";
import { feelProblems } from "../checks/feel";

export const callActivity: ElementRule = {
  type: "callActivity",
  validate(node, ctx) {
    const called = node.calledElement;
    if (!called) {
      return [
        error(
          "call-activity-process-missing",
          node.id,
          `Call activity ${node.id} does not name the process it calls (zeebe:calledElement processId).`,
          `Hoạt động gọi ${node.id} chưa chỉ định quy trình được gọi (zeebe:calledElement processId).`,
        ),
      ];
    }
    if (called.startsWith("=")) {
      const feel = feelProblems(
        node.id,
        "called process expression",
        "biểu thức quy trình được gọi",
        called,
      );
      if (feel.length > 0) return feel;
      return [
        warning(
          "call-activity-dynamic",
          node.id,
          `Call activity ${node.id} chooses its process at run time (${called}); that process cannot be checked now.`,
          `Hoạt động gọi ${node.id} chọn quy trình lúc chạy (${called}); không thể kiểm tra quy trình đó lúc này.`,
        ),
      ];
    }
    const inFile = ctx.definitions.processes.some((p) => p.id === called);
    const sibling =
      Object.values(ctx.options.processes ?? {}).some((d) =>
        d.processes.some((p) => p.id === called),
      ) || called in (ctx.options.processes ?? {});
    if (inFile || sibling) return [];
    const where = ctx.options.formsDirGiven ? "in the --forms folder" : "next to the model";
    const whereVi = ctx.options.formsDirGiven ? "trong thư mục --forms" : "cạnh tệp mô hình";
    return [
      error(
        "called-process-missing",
        node.id,
        `Call activity ${node.id} calls process "${called}", which was not found ${where}.`,
        `Hoạt động gọi ${node.id} gọi quy trình "${called}" nhưng không tìm thấy quy trình này ${whereVi}.`,
      ),
    ];
  },
};
