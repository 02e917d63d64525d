import type { Calendar } from "../calendar";
import type { PersistedSnapshot } from "../runtime/types";
import { contexts } from "./tree";

/**
 * The statutory deadline: `sla` working days from the receipt time, moved
 * later by the working time the dossier waited on the citizen (DOMAIN.md
 * "Clock pauses"). Overlapping pauses in parallel branches count once.
 */
export function dossierDue(
  snapshot: PersistedSnapshot,
  calendar: Calendar,
  now: Date,
): { at: string; date: string; paused: boolean } | null {
  const root = snapshot.context;
  if (root.sla === null || root.sla === undefined || !root.receivedAt) return null;
  const base = root.dueBase
    ? new Date(root.dueBase)
    : calendar.dueDate(new Date(root.receivedAt), root.sla).at;
  const intervals: [number, number][] = [];
  let paused = false;
  for (const { context } of contexts(snapshot)) {
    for (const p of context.pauses) {
      if (!p.to) paused = true;
      const to = p.to ? Date.parse(p.to) : now.getTime();
      intervals.push([Date.parse(p.from), Math.max(Date.parse(p.from), to)]);
    }
  }
  let waited = 0;
  for (const [from, to] of union(intervals))
    waited += Math.max(0, calendar.workingTimeBetween(new Date(from), new Date(to)));
  if (waited === 0)
    return {
      at: base.toISOString(),
      date: root.dueBase && !paused ? dateOf(root, base, calendar) : calendar.localDate(base),
      paused,
    };
  const at = calendar.extendByWorkingTime(base, waited);
  return { at: at.toISOString(), date: calendar.localDate(at), paused };
}

function union(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

const dates = new Map<string, string>();
/** The local date of the unpaused deadline, memoised: it is asked on every step. */
function dateOf(root: { dueBase?: string }, base: Date, calendar: Calendar): string {
  const key = root.dueBase as string;
  let d = dates.get(key);
  if (d === undefined) {
    d = calendar.localDate(base);
    if (dates.size > 10_000) dates.clear();
    dates.set(key, d);
  }
  return d;
}
