"use server";
/** Server action of the calendar page (wrapper around `setCalendarDay`). */
import { field, runAction } from "@/app/_lib/action";
import type { FormState } from "@/app/_lib/form-state";
import { setCalendarDay } from "@/db/services/admin/set-calendar-day";

export async function setCalendarDayAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await setCalendarDay(db, {
        actor,
        input: { date: field(f, "date"), kind: field(f, "kind"), note: field(f, "note") },
      });
    },
    { revalidate: ["/admin/calendar"] },
  );
}
