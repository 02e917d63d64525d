/** Our `zeebe:properties` (DESIGN.md §2): numbers and flags must be well-formed, or routing and due dates go wrong. */
import type { Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";

const NON_NEGATIVE_NUMBER = /^\d+(\.\d+)?$/;

interface Shape {
  test(value: string): boolean;
  en: string;
  vi: string;
}

const SHAPES: Record<string, Shape> = {
  sla: {
    test: (v) => NON_NEGATIVE_NUMBER.test(v),
    en: "a non-negative number of working days (e.g. 3 or 0.5)",
    vi: "số ngày làm việc không âm (ví dụ 3 hoặc 0.5)",
  },
  fee: {
    test: (v) => /^\d+$/.test(v),
    en: "a whole number of VND, 0 if free",
    vi: "số nguyên tiền VND, 0 nếu miễn phí",
  },
  level: { test: (v) => v === "3" || v === "4", en: "3 or 4", vi: "3 hoặc 4" },
  pauseClock: {
    test: (v) => v === "true" || v === "false",
    en: "true or false",
    vi: "true hoặc false",
  },
  workingDays: {
    test: (v) => v === "true" || v === "false",
    en: "true or false",
    vi: "true hoặc false",
  },
};

/** Checks the named properties that are present; absent ones are not required here. */
export function propertyProblems(
  id: string,
  properties: Record<string, string>,
  names: readonly string[],
): Problem[] {
  const out: Problem[] = [];
  for (const name of names) {
    const value = properties[name];
    const shape = SHAPES[name];
    if (value === undefined || !shape || shape.test(value.trim())) continue;
    out.push(
      error(
        "property-malformed",
        id,
        `${id}: property ${name}="${value}" must be ${shape.en}.`,
        `${id}: thuộc tính ${name}="${value}" phải là ${shape.vi}.`,
      ),
    );
  }
  return out;
}
