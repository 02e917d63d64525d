/** User tasks: routed by `tier` + candidate roles (DESIGN.md §3), with an optional form and step SLA. */
import type { Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ElementRule } from "../context";
import { formRefProblems } from "../checks/form-ref";
import { feelProblems } from "../checks/feel";

export const userTask: ElementRule = {
  type: "userTask",
  validate(node, ctx) {
    const out: Problem[] = formRefProblems(node, ctx);
    if (!node.properties.tier?.trim()) {
      out.push(
        error(
          "user-task-tier-missing",
          node.id,
          `User task ${node.id} has no "tier" property, so the engine cannot tell which unit owns it.`,
          `Nhiệm vụ người dùng ${node.id} thiếu thuộc tính "tier" nên máy không biết đơn vị nào xử lý.`,
        ),
      );
    }
    const groups = node.candidateGroups ?? [];
    if (groups.length === 0) {
      out.push(
        error(
          "user-task-roles-missing",
          node.id,
          `User task ${node.id} has no candidate groups (role codes), so no official could see it.`,
          `Nhiệm vụ người dùng ${node.id} chưa có nhóm ứng viên (mã vai trò) nên không cán bộ nào thấy được.`,
        ),
      );
    }
    for (const g of groups)
      if (g.startsWith("="))
        out.push(...feelProblems(node.id, "candidate groups", "nhóm ứng viên", g));
    return out;
  },
};
