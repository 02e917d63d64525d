import type { ComponentProps } from "react";
import { ConfirmForm } from "./confirm-form";

/**
 * A task page panel for one secondary decision (a supplement request, a
 * refusal, an apology): its heading, and a confirmed form whose test id is the
 * panel's id.
 */
export function ActionPanel({
  id,
  heading,
  ...form
}: { id: string; heading: string } & Omit<
  ComponentProps<typeof ConfirmForm>,
  "variant" | "testId"
>) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ConfirmForm {...form} variant="secondary" testId={id} />
    </section>
  );
}
