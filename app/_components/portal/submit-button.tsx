"use client";

import { useFormStatus } from "react-dom";

/** A submit button that cannot be pressed twice while its form is being sent. */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className="button button--primary"
      disabled={pending}
      aria-disabled={pending}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
