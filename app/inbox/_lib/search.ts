/** The inbox's URL state: queue, filters and cursor as search parameters. */
import type { InboxFilters, Queue } from "@/db/services/inbox/scope";

export type Search = Partial<Record<keyof InboxFilters | "queue" | "after", string>>;

/** Dossier statuses an official may filter by (db/store/status.ts). */
export const STATUSES = [
  "submitted",
  "received",
  "processing",
  "supplement",
  "payment",
  "incident",
  "refused",
  "withdrawn",
  "stopped",
  "completed",
  "returned",
] as const;

const KEYS = ["q", "procedure", "status", "receivedFrom", "receivedTo", "applicant"] as const;

/** The non-empty filters of the search parameters (the verb validates them). */
export function filtersOf(sp: Search): InboxFilters {
  const out: InboxFilters = {};
  for (const k of KEYS) {
    const v = sp[k];
    if (typeof v === "string" && v.trim() !== "") out[k] = v.trim();
  }
  return out;
}

/** The link to a queue with the current filters (and a page cursor). */
export function queueHref(queue: Queue, filters: InboxFilters, after?: string): string {
  const p = new URLSearchParams({ queue });
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  if (after) p.set("after", after);
  return `/inbox?${p.toString()}`;
}
