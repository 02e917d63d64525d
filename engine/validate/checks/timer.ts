/** Timer definitions: exactly one of duration/date/cycle, ISO 8601 or `=FEEL`, placed where it can fire. */
import type { EventDefinition, FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import { feelProblems } from "./feel";
import { isIsoCycle, isIsoDateTime, isIsoDuration } from "./iso8601";

type Timer = Extract<EventDefinition, { kind: "timer" }>;

const SHAPES = {
  timeDuration: {
    check: isIsoDuration,
    en: "an ISO 8601 duration such as P3D or PT4H",
    vi: "khoảng thời gian ISO 8601, ví dụ P3D hoặc PT4H",
  },
  timeDate: {
    check: isIsoDateTime,
    en: "an ISO 8601 date-time such as 2026-03-02T09:00:00+07:00",
    vi: "thời điểm ISO 8601, ví dụ 2026-03-02T09:00:00+07:00",
  },
  timeCycle: {
    check: isIsoCycle,
    en: "an ISO 8601 repetition such as R3/P1D",
    vi: "chu kỳ lặp ISO 8601, ví dụ R3/P1D",
  },
} as const;

export function timerProblems(node: FlowNode, timer: Timer): Problem[] {
  const id = node.id;
  const set = (["timeDuration", "timeDate", "timeCycle"] as const).filter(
    (k) => timer[k] !== undefined,
  );
  if (set.length !== 1) {
    return [
      set.length === 0
        ? error(
            "timer-invalid",
            id,
            `Timer ${id} has no time: set a duration, a date or a cycle.`,
            `Bộ hẹn giờ ${id} chưa có thời gian: hãy đặt khoảng thời gian, thời điểm hoặc chu kỳ.`,
          )
        : error(
            "timer-invalid",
            id,
            `Timer ${id} sets ${set.join(" and ")}; set exactly one.`,
            `Bộ hẹn giờ ${id} đặt cả ${set.join(" và ")}; chỉ được đặt một.`,
          ),
    ];
  }
  const key = set[0] as keyof typeof SHAPES;
  const value = timer[key] ?? "";
  const out: Problem[] = [];
  if (value.startsWith("=")) {
    out.push(...feelProblems(id, "timer expression", "biểu thức hẹn giờ", value));
  } else if (!SHAPES[key].check(value)) {
    out.push(
      error(
        "timer-invalid",
        id,
        `Timer ${id}: "${value}" is not ${SHAPES[key].en}.`,
        `Bộ hẹn giờ ${id}: "${value}" không phải ${SHAPES[key].vi}.`,
      ),
    );
  }
  if (timer.workingDays && key !== "timeDuration") {
    out.push(
      error(
        "timer-working-days",
        id,
        `Timer ${id} counts working days, which only works with a duration (timeDuration), not a ${key}.`,
        `Bộ hẹn giờ ${id} tính theo ngày làm việc, điều này chỉ áp dụng cho khoảng thời gian (timeDuration), không cho ${key}.`,
      ),
    );
  }
  const repeats = key === "timeCycle";
  const canRepeat =
    node.type === "startEvent" || (node.type === "boundaryEvent" && node.cancelActivity === false);
  if (repeats && !canRepeat) {
    out.push(
      error(
        "timer-invalid",
        id,
        `Timer ${id} repeats (timeCycle), which only a start event or a non-interrupting boundary event can do.`,
        `Bộ hẹn giờ ${id} lặp lại (timeCycle), điều chỉ sự kiện bắt đầu hoặc sự kiện biên không ngắt mới làm được.`,
      ),
    );
  }
  return out;
}
