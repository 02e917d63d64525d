/**
 * Admin verb: enters an announced day off or make-up working day, or clears
 * an entry (`kind: "none"`). Due dates computed afterwards read these rows;
 * due dates already computed stay as they were (DOMAIN.md).
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { calendarDays } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { audit, parseInput } from "./common";

export const SetCalendarDayInput = z.object({
  date: z.iso.date(),
  kind: z.enum(["day_off", "working_day", "none"]),
  note: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) => s || null),
});

/** Upserts or deletes the calendar entry of one date. */
export async function setCalendarDay(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<void> {
  assertCan(actor, "calendar.manage");
  const data = parseInput(SetCalendarDayInput, input);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.date, data.date));
    if (data.kind === "none") {
      await tx.delete(calendarDays).where(eq(calendarDays.date, data.date));
    } else {
      await tx
        .insert(calendarDays)
        .values({ date: data.date, kind: data.kind, note: data.note, createdBy: actor.userId })
        .onConflictDoUpdate({
          target: calendarDays.date,
          set: { kind: data.kind, note: data.note },
        });
    }
    await audit(tx, actor, "calendar.day_set", {
      date: data.date,
      from: before?.kind ?? null,
      to: data.kind,
      note: data.note,
    });
  });
}
