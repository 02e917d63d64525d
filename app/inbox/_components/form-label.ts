import type { FormComponent } from "@/engine/model/types";

/** A field's label; form-js date/time fields keep theirs in `dateLabel` / `timeLabel`. */
export function labelOf(c: FormComponent, fallback: string): string {
  for (const l of [c.label, c.dateLabel, c.timeLabel]) if (typeof l === "string" && l) return l;
  return fallback;
}
