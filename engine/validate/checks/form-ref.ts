/** A `formId` on a start event or user task must name a form that exists and passes the form checker. */
import type { FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ValidationContext } from "../context";
import { formSchemaErrors } from "../form-check";

export function formRefProblems(node: FlowNode, ctx: ValidationContext): Problem[] {
  const formId = node.formId;
  if (formId === undefined) return [];
  const where = ctx.options.formsDirGiven ? "in the forms folder" : "next to the model";
  const whereVi = ctx.options.formsDirGiven ? "trong thư mục biểu mẫu" : "cạnh tệp mô hình";
  const form = ctx.options.forms?.[formId];
  if (!form) {
    return [error("form-missing", node.id, `${node.id} uses form "${formId}", which was not found ${where}.`, `${node.id} dùng biểu mẫu "${formId}" nhưng không tìm thấy biểu mẫu này ${whereVi}.`)];
  }
  const errors = formSchemaErrors(form);
  if (errors.length === 0) return [];
  return [
    error("form-invalid", node.id, `Form "${formId}" used by ${node.id} is broken: ${errors.slice(0, 3).join("; ")}.`, `Biểu mẫu "${formId}" mà ${node.id} dùng bị lỗi: ${errors.slice(0, 3).join("; ")}.`),
  ];
}
