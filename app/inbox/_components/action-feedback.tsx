"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { FormState } from "@/app/_lib/form-state";

type Report = (state: FormState) => void;

const FeedbackContext = createContext<Report | null>(null);

/** The reporter of the surrounding `ActionFeedback`, if any. */
export function useReportFeedback(): Report | null {
  return useContext(FeedbackContext);
}

/**
 * Keeps the answer of the last action on screen. An action often removes
 * its own form (a claimed task has no "claim" button; a task someone else
 * took shows none), so the message lives here, above the actions, where
 * it survives the page being re-rendered; focus moves to it.
 */
export function ActionFeedback({ children }: { children: ReactNode }) {
  const [state, setState] = useState<FormState>({ status: "idle" });
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") ref.current?.focus();
  }, [state]);
  return (
    <FeedbackContext.Provider value={setState}>
      <p
        ref={ref}
        tabIndex={-1}
        role={state.status === "error" ? "alert" : "status"}
        aria-live="polite"
        data-testid="action-feedback"
        className={
          state.status === "idle"
            ? "inbox-feedback inbox-feedback--idle"
            : `alert inbox-feedback ${state.status === "error" ? "alert--error" : "alert--ok"}`
        }
      >
        {state.status === "idle" ? "" : state.message}
      </p>
      {children}
    </FeedbackContext.Provider>
  );
}
