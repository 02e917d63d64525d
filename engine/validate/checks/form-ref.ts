/** A `formId` on a start event or user task must name a form that exists and passes the form checker. */
import { checkFormSchema } from "@/engine/forms";
import type { FlowNode, Problem } from "@/engine/model/types";
import { error, warning } from "@/engine/bpmn/problem";
import type { ValidationContext } from "../context";

export function formRefProblems(node: FlowNode, ctx: ValidationContext): Problem[] {
  const formId = node.formId;
  if (formId === undefined) return [];
  const where = ctx.options.formsDirGiven ? "in the forms folder" : "next to the model";
  const whereVi = ctx.options.formsDirGiven ? "trong thư mục biểu mẫu" : "cạnh tệp mô hình";
  const form = ctx.options.forms?.[formId];
  if (!form) {
    return [
      error(
        "form-missing",
        node.id,
        `${node.id} uses form "${formId}", which was not found ${where}.`,
        `${node.id} dùng biểu mẫu "${formId}" nhưng không tìm thấy biểu mẫu này ${whereVi}.`,
      ),
    ];
  }
  const found = checkFormSchema(form);
  const out: Problem[] = [];
  for (const severity of ["error", "warning"] as const) {
    const list = found.filter((p) => p.severity === severity);
    if (list.length === 0) continue;
    const en = list
      .slice(0, 3)
      .map((p) => (p.id ? `${p.id}: ${p.message}` : p.message))
      .join("; ");
    const vi = list
      .slice(0, 3)
      .map((p) => (p.id ? `${p.id}: ${p.messageVi}` : p.messageVi))
      .join("; ");
    const more = list.length > 3 ? ` (+${list.length - 3})` : "";
    out.push(
      severity === "error"
        ? error(
            "form-invalid",
            node.id,
            `Form "${formId}" used by ${node.id} is broken: ${en}${more}`,
            `Biểu mẫu "${formId}" mà ${node.id} dùng bị lỗi: ${vi}${more}`,
          )
        : warning(
            "form-warning",
            node.id,
            `Form "${formId}" used by ${node.id}: ${en}${more}`,
            `Biểu mẫu "${formId}" mà ${node.id} dùng: ${vi}${more}`,
          ),
    );
  }
  return out;
}
