import { describe, expect, it } from "vitest";
import { createCalendar } from "@/engine/calendar";
import { controlSheet, type SheetStep } from "./control-sheet";

const calendar = createCalendar();
const at = (s: string) => new Date(`${s}+07:00`);
const step = (id: string, opened: string, due: string, closed: string | null): SheetStep => ({
  taskId: id,
  element: id,
  name: id,
  unit: `U-${id}`,
  unitName: `Unit ${id}`,
  officer: closed ? `Officer ${id}` : null,
  state: closed ? "completed" : "open",
  openedAt: at(opened),
  dueAt: at(due),
  closedAt: closed ? at(closed) : null,
});

describe("controlSheet (form 05)", () => {
  it("given a desk step and two parallel steps, then both branches were handed over by the desk, with early / on time / late / overdue", () => {
    const lines = controlSheet(
      [
        step("B", "2026-03-02T10:00:00", "2026-03-04T17:00:00", "2026-03-03T09:00:00"),
        step("A", "2026-03-02T09:00:00", "2026-03-02T17:00:00", "2026-03-02T10:00:00"),
        step("C", "2026-03-02T10:00:00", "2026-03-03T17:00:00", "2026-03-04T09:00:00"),
        step("D", "2026-03-04T09:00:00", "2026-03-04T17:00:00", null),
      ],
      at("2026-03-05T09:00:00"),
      calendar,
    );
    expect(lines.map((l) => [l.taskId, l.fromUnitName, l.timing])).toEqual([
      ["A", null, "onTime"],
      ["B", "Unit A", "early"],
      ["C", "Unit A", "late"],
      ["D", "Unit C", "overdue"],
    ]);
  });
});
