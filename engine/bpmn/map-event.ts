/** Maps a BPMN event's definitions (timer, message, error, terminate) to the IR's `EventDefinition`. */
import type { EventDefinition } from "@/engine/model/types";
import {
  child,
  expressionBody,
  idOf,
  str,
  list,
  firstExtension,
  type ModdleElement,
} from "./moddle-element";
import { readProperties } from "./map-extensions";

/** References moddle could not resolve, by element: property → the raw id written in the XML. */
export type UnresolvedRefs = Map<unknown, Record<string, string>>;

export function mapEventDefinition(
  event: ModdleElement,
  unresolved: UnresolvedRefs,
): EventDefinition {
  const defs = list(event, "eventDefinitions");
  if (defs.length === 0) return { kind: "none" };
  const [def] = defs;
  if (defs.length > 1 || def === undefined) {
    return {
      kind: "unsupported",
      what: `several event definitions (${defs.map((d) => shortType(d.$type)).join(", ")})`,
    };
  }
  switch (def.$type) {
    case "bpmn:TimerEventDefinition": {
      const timer: EventDefinition = {
        kind: "timer",
        workingDays: readProperties(event).workingDays?.trim() === "true",
      };
      for (const key of ["timeDuration", "timeDate", "timeCycle"] as const) {
        const body = expressionBody(child(def, key));
        if (body !== undefined) timer[key] = body;
      }
      return timer;
    }
    case "bpmn:MessageEventDefinition":
      return { kind: "message", ...messageOf(def, unresolved) };
    case "bpmn:ErrorEventDefinition": {
      const ref = child(def, "errorRef");
      return {
        kind: "error",
        errorRef: idOf(ref) ?? unresolved.get(def)?.errorRef ?? null,
        errorCode: str(ref, "errorCode")?.trim() || null,
      };
    }
    case "bpmn:TerminateEventDefinition":
      return { kind: "terminate" };
    default:
      return { kind: "unsupported", what: shortType(def.$type) };
  }
}

/** Resolves an element's `messageRef` (message event definition or receive task) to the message's name. */
export function messageOf(
  el: ModdleElement,
  unresolved: UnresolvedRefs,
): { messageName: string | null; messageRef: string | null; correlationKey?: string } {
  const message = child(el, "messageRef");
  const name = str(message, "name")?.trim();
  const correlationKey = str(
    firstExtension(message, "zeebe:Subscription"),
    "correlationKey",
  )?.trim();
  return {
    messageRef: idOf(message) ?? unresolved.get(el)?.messageRef ?? null,
    messageName: name ? name : null,
    ...(correlationKey ? { correlationKey } : {}),
  };
}

export function shortType(type: string): string {
  const local = type.includes(":") ? type.slice(type.indexOf(":") + 1) : type;
  return local.charAt(0).toLowerCase() + local.slice(1);
}
