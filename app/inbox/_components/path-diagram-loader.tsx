"use client";

import dynamic from "next/dynamic";
import type { PathDiagramProps } from "./path-diagram";

// bpmn-js touches the DOM at import time: client only (STYLE.md §5).
const PathDiagram = dynamic(() => import("./path-diagram").then((m) => m.PathDiagram), {
  ssr: false,
  loading: () => <div className="inbox-diagram" aria-hidden="true" />,
});

/** The read-only diagram of the path so far, loaded in the browser only. */
export function PathDiagramLoader(props: PathDiagramProps) {
  return <PathDiagram {...props} />;
}
