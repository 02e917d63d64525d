"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { saveDraftAction } from "@/app/_lib/studio/actions";
import type { FormSchema } from "@/engine/model/types";

export type SaveState =
  | { kind: "saved"; revision: number }
  | { kind: "dirty" | "saving"; revision: number }
  | { kind: "conflict"; revision: number; theirs: number }
  | { kind: "error"; revision: number; message: string };

const DELAY_MS = 1500;

/**
 * Autosave with the server's optimistic revision check: edits are saved
 * 1.5 s after the last change; a CONFLICT stops autosaving until the
 * designer reloads or chooses to overwrite.
 */
export function useAutosave(opts: {
  id: string;
  revision: number;
  getXml: () => Promise<string>;
  getForms: () => FormSchema[];
}) {
  const [state, setState] = useState<SaveState>({ kind: "saved", revision: opts.revision });
  const revision = useRef(opts.revision);
  const stateRef = useRef(state);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const edits = useRef(0);
  const running = useRef<Promise<boolean> | null>(null);
  const optsRef = useRef(opts);
  optsRef.current = opts;

  const set = useCallback((s: SaveState) => {
    stateRef.current = s;
    setState(s);
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (running.current) await running.current;
    if (stateRef.current.kind === "conflict") return false;
    const startedAt = edits.current;
    set({ kind: "saving", revision: revision.current });
    const work = (async () => {
      const o = optsRef.current;
      const result = await saveDraftAction({
        id: o.id,
        bpmn: await o.getXml(),
        forms: o.getForms() as Record<string, unknown>[],
        revision: revision.current,
      });
      if (result.ok) {
        revision.current = result.value.revision;
        set(
          edits.current === startedAt
            ? { kind: "saved", revision: revision.current }
            : { kind: "dirty", revision: revision.current },
        );
        return true;
      }
      if (result.code === "CONFLICT") {
        set({
          kind: "conflict",
          revision: revision.current,
          theirs: Number(result.details[0]?.message ?? revision.current),
        });
        return false;
      }
      set({ kind: "error", revision: revision.current, message: result.message });
      return false;
    })();
    running.current = work;
    try {
      return await work;
    } finally {
      running.current = null;
    }
  }, [set]);

  const touch = useCallback(() => {
    edits.current++;
    if (stateRef.current.kind === "conflict") return;
    set({ kind: "dirty", revision: revision.current });
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => void save().then((ok) => ok && stateRef.current.kind === "dirty" && touch()),
      DELAY_MS,
    );
  }, [save, set]);

  return useMemo(
    () => ({
      state,
      touch,
      /** Saves now (e.g. before publishing); false when it could not. */
      flush: () => {
        clearTimeout(timer.current);
        return stateRef.current.kind === "saved" && !running.current
          ? Promise.resolve(true)
          : save();
      },
      /** After a conflict: save ours on top of the stored revision. */
      overwrite: () => {
        if (stateRef.current.kind !== "conflict") return Promise.resolve(false);
        revision.current = stateRef.current.theirs;
        set({ kind: "dirty", revision: revision.current });
        return save();
      },
      revision: () => revision.current,
      setRevision: (r: number) => {
        revision.current = r;
        set({ kind: "saved", revision: r });
      },
    }),
    [state, touch, save, set],
  );
}
