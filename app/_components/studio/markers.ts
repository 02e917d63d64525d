/**
 * Diagram colouring by canvas markers (CSS classes on the shapes), never
 * by editing the model's colours: Try it paths and version diffs leave the
 * saved XML untouched.
 */
import type { Modeler } from "./modeler-setup";

export const MARKERS = [
  "studio-path",
  "studio-open",
  "studio-failed",
  "diff-added",
  "diff-changed",
  "diff-layout",
] as const;
export type Marker = (typeof MARKERS)[number];

interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
}
interface Registry {
  get(
    id: string,
  ):
    | { id: string; businessObject?: { sourceRef?: { id: string }; targetRef?: { id: string } } }
    | undefined;
  getAll(): {
    id: string;
    type: string;
    businessObject?: { sourceRef?: { id: string }; targetRef?: { id: string } };
  }[];
}

/** Removes every studio marker from the diagram. */
export function clearMarkers(modeler: Modeler, which: readonly Marker[] = MARKERS): void {
  const canvas = modeler.get<Canvas>("canvas");
  for (const el of modeler.get<Registry>("elementRegistry").getAll())
    for (const m of which) canvas.removeMarker(el.id, m);
}

/** Marks the elements (that exist on the diagram) with `marker`. */
export function mark(modeler: Modeler, ids: Iterable<string>, marker: Marker): void {
  const canvas = modeler.get<Canvas>("canvas");
  const registry = modeler.get<Registry>("elementRegistry");
  for (const id of ids) if (registry.get(id)) canvas.addMarker(id, marker);
}

/** Marks the visited elements and every sequence flow between two of them. */
export function markPath(modeler: Modeler, visited: Set<string>): void {
  const registry = modeler.get<Registry>("elementRegistry");
  const flows = registry
    .getAll()
    .filter((e) => e.type === "bpmn:SequenceFlow")
    .filter(
      (e) =>
        visited.has(e.businessObject?.sourceRef?.id ?? "") &&
        visited.has(e.businessObject?.targetRef?.id ?? ""),
    )
    .map((e) => e.id);
  mark(modeler, [...visited, ...flows], "studio-path");
}
