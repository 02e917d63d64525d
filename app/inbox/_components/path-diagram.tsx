"use client";
/**
 * The dossier's path so far on its procedure version, read-only: a bpmn-js
 * NavigatedViewer (pan and zoom, no editing) with canvas markers on the
 * completed elements, the flows between them and the current task. Loaded
 * only in the browser (path-diagram-loader.tsx).
 */
import NavigatedViewer from "bpmn-js/lib/NavigatedViewer";
import { useEffect, useRef, useState } from "react";
import "bpmn-js/dist/assets/diagram-js.css";
import "bpmn-js/dist/assets/bpmn-js.css";

export interface PathDiagramProps {
  bpmn: string;
  done: string[];
  current: string[];
  /** Shown when the diagram cannot be drawn; the list of steps stays the text alternative. */
  failedText: string;
}

interface Canvas {
  addMarker(id: string, marker: string): void;
  zoom(level: "fit-viewport", center?: "auto"): void;
}
interface Shape {
  id: string;
  type: string;
  businessObject?: { sourceRef?: { id: string }; targetRef?: { id: string } };
}
interface Registry {
  get(id: string): Shape | undefined;
  getAll(): Shape[];
}

export function PathDiagram({ bpmn, done, current, failedText }: PathDiagramProps) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let live = true;
    viewer
      .importXML(bpmn)
      .then(() => {
        if (!live) return;
        const canvas = viewer.get<Canvas>("canvas");
        const registry = viewer.get<Registry>("elementRegistry");
        const visited = new Set(done);
        const now = new Set(current);
        for (const id of visited) if (registry.get(id)) canvas.addMarker(id, "inbox-path-done");
        // A flow was taken when both its ends were reached (the current task counts as reached).
        for (const flow of registry.getAll()) {
          if (flow.type !== "bpmn:SequenceFlow") continue;
          const from = flow.businessObject?.sourceRef?.id ?? "";
          const to = flow.businessObject?.targetRef?.id ?? "";
          if (visited.has(from) && (visited.has(to) || now.has(to)))
            canvas.addMarker(flow.id, "inbox-path-done");
        }
        for (const id of now) if (registry.get(id)) canvas.addMarker(id, "inbox-path-current");
        canvas.zoom("fit-viewport", "auto");
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      viewer.destroy();
    };
  }, [bpmn, done, current]);
  return (
    <>
      <div
        ref={container}
        className="inbox-diagram"
        data-testid="path-diagram"
        aria-hidden="true"
        hidden={failed}
      />
      {failed ? <p className="muted">{failedText}</p> : null}
    </>
  );
}
