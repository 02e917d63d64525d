import { getTranslations } from "next-intl/server";
import type { Deadline } from "@/db/services/inbox/deadline";

/** The deadline in words and colour (colour is never the only cue). */
export async function DeadlineBadge({ deadline }: { deadline: Deadline }) {
  const t = await getTranslations("inbox.deadline");
  const hours = Math.abs(deadline.workingHours ?? 0);
  const text =
    deadline.state === "overdue"
      ? hours >= 8
        ? t("overdueDays", { days: Math.floor(hours / 8) })
        : t("overdue", { hours: Math.max(1, Math.round(hours)) })
      : deadline.state === "dueSoon"
        ? t("dueSoon", { hours: Math.max(1, Math.round(hours)) })
        : deadline.state === "onTrack"
          ? t("onTrack")
          : t("none");
  return (
    <span
      className={`badge inbox-deadline inbox-deadline--${deadline.state}`}
      data-deadline={deadline.state}
    >
      {text}
    </span>
  );
}

/** Shown once the unit's leaders have been told the task is overdue. */
export async function EscalatedBadge({ at }: { at: Date | null }) {
  if (!at) return null;
  const t = await getTranslations("inbox.deadline");
  return (
    <span className="badge inbox-deadline inbox-deadline--overdue" data-testid="escalated">
      {t("escalated")}
    </span>
  );
}
