import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "success" | "warning";

/** A short status label. Colour is never the only cue: the text says it all. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
