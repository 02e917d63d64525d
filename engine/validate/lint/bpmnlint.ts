/**
 * bpmnlint's recommended rules as modelling advice: every report becomes a
 * warning. Rules that repeat one of our own checks, or forbid what we
 * support (inclusive gateways), are left out. Rules are imported statically
 * (no resolution at run time, so this also works in the browser bundle).
 */
import { Linter } from "bpmnlint";
import recommended from "bpmnlint/config/recommended.js";
import endEventRequired from "bpmnlint/rules/end-event-required.js";
import fakeJoin from "bpmnlint/rules/fake-join.js";
import global from "bpmnlint/rules/global.js";
import labelRequired from "bpmnlint/rules/label-required.js";
import noBpmndi from "bpmnlint/rules/no-bpmndi.js";
import noDuplicateSequenceFlows from "bpmnlint/rules/no-duplicate-sequence-flows.js";
import noGatewayJoinFork from "bpmnlint/rules/no-gateway-join-fork.js";
import noOverlappingElements from "bpmnlint/rules/no-overlapping-elements.js";
import superfluousGateway from "bpmnlint/rules/superfluous-gateway.js";
import superfluousLabel from "bpmnlint/rules/superfluous-label.js";
import superfluousTermination from "bpmnlint/rules/superfluous-termination.js";
import type { Definitions, Problem } from "@/engine/model/types";
import { warning } from "@/engine/bpmn/problem";

/** The rules we keep, with a Vietnamese sentence for each (bpmnlint's own messages are English). */
const KEPT: Record<string, { factory: unknown; vi: string }> = {
  "end-event-required": { factory: endEventRequired, vi: "phạm vi này không có sự kiện kết thúc" },
  "fake-join": {
    factory: fakeJoin,
    vi: "phần tử có nhiều luồng đi vào mà không qua cổng hợp; hãy dùng cổng để gộp luồng",
  },
  global: {
    factory: global,
    vi: "phần tử toàn cục (thông điệp, lỗi, …) không được dùng hoặc bị trùng tên",
  },
  "label-required": { factory: labelRequired, vi: "phần tử chưa có nhãn (tên)" },
  "no-bpmndi": { factory: noBpmndi, vi: "phần tử chưa có bố cục trên sơ đồ (BPMNDI)" },
  "no-duplicate-sequence-flows": {
    factory: noDuplicateSequenceFlows,
    vi: "có luồng trùng lặp giữa cùng hai phần tử",
  },
  "no-gateway-join-fork": {
    factory: noGatewayJoinFork,
    vi: "cổng vừa gộp vừa tách luồng; hãy tách thành hai cổng",
  },
  "no-overlapping-elements": {
    factory: noOverlappingElements,
    vi: "các phần tử chồng lên nhau trên sơ đồ",
  },
  "superfluous-gateway": {
    factory: superfluousGateway,
    vi: "cổng thừa: chỉ có một luồng vào và một luồng ra",
  },
  "superfluous-label": { factory: superfluousLabel, vi: "nhãn thừa" },
  "superfluous-termination": {
    factory: superfluousTermination,
    vi: "sự kiện kết thúc toàn bộ là thừa",
  },
};

const cache: Record<string, unknown> = {};
for (const [name, { factory }] of Object.entries(KEPT)) cache[`rule:bpmnlint/${name}`] = factory;
const resolver = {
  resolveRule: (pkg: string, name: string) => cache[`rule:${pkg}/${name}`],
  resolveConfig: () => undefined,
};
const rules = Object.fromEntries(
  Object.keys(recommended.rules)
    .filter((r) => r in KEPT)
    .map((r) => [r, "warn"]),
);

/** Runs the kept recommended rules on the moddle root; never throws (a failing rule only loses its advice). */
export async function lintProblems(
  moddleRoot: unknown,
  definitions: Definitions,
): Promise<Problem[]> {
  let reports: Awaited<ReturnType<Linter["lint"]>>;
  try {
    reports = await new Linter({ resolver }).lint(moddleRoot, { rules });
  } catch {
    return [];
  }
  const out: Problem[] = [];
  for (const [rule, list] of Object.entries(reports)) {
    const kept = KEPT[rule];
    if (!kept) continue;
    // Without any layout, one line says so instead of one per element.
    if (rule === "no-bpmndi" && definitions.diagramIds.length === 0) {
      out.push(
        warning(
          "no-diagram",
          null,
          "The file has no diagram layout (BPMNDI); it runs, but the designer cannot draw it.",
          "Tệp không có bố cục sơ đồ (BPMNDI); quy trình vẫn chạy nhưng trình thiết kế không vẽ được.",
        ),
      );
      continue;
    }
    for (const r of list) {
      if (r.category === "rule-error") continue;
      const id = typeof r.id === "string" && r.id !== "" ? r.id : null;
      out.push(
        warning(
          `lint/${rule}`,
          id,
          `${id ?? "Model"}: ${r.message} (bpmnlint ${rule}).`,
          `${id ?? "Mô hình"}: ${kept.vi} (bpmnlint ${rule}).`,
        ),
      );
    }
  }
  return out;
}
