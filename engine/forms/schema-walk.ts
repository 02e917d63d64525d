/**
 * A read-only walk over a schema's components with each one's value path,
 * shared by `formFields` and `checkFormSchema`. List items are written
 * `list[]`, so paths inside a repetition never collide with outside ones.
 */
import type { FormComponent } from "../model/types";
import { asComponent, childrenOf } from "./component";
import { FIELD_TYPES } from "./fields/index";
import { LIMITS } from "./limits";
import { splitPath } from "./paths";

export interface Visit {
  /** The component, or null when the entry is not an object with a `type`. */
  component: FormComponent | null;
  /** Value path of the component's data (keyed field, list or pathed group); null when it has none or it is invalid. */
  path: string | null;
  /** Value path of the scope the component sits in (`""` at the root). */
  scope: string;
  depth: number;
}

function join(scope: string, segments: string[]): string {
  return [scope, ...segments].filter((s) => s !== "").join(".");
}

/** Calls `visit` for every component in document order; stops descending past the depth limit. */
export function walkSchema(
  components: readonly unknown[],
  visit: (v: Visit) => void,
  scope = "",
  depth = 0,
): void {
  for (const item of components) {
    const component = asComponent(item);
    if (!component) {
      visit({ component: null, path: null, scope, depth });
      continue;
    }
    const { type } = component;
    if (FIELD_TYPES.has(type)) {
      const segments = splitPath(component.key);
      visit({ component, path: segments ? join(scope, segments) : null, scope, depth });
      continue;
    }
    if (type !== "group" && type !== "dynamiclist") {
      visit({ component, path: null, scope, depth });
      continue;
    }
    const segments =
      component.path === undefined || component.path === "" ? [] : splitPath(component.path);
    const path = segments && segments.length > 0 ? join(scope, segments) : null;
    visit({ component, path, scope, depth });
    if (depth >= LIMITS.depth || segments === null) continue;
    const repeating = type === "dynamiclist" && component.isRepeating !== false;
    if (repeating && path === null) continue;
    const inner = repeating ? `${path}[]` : (path ?? scope);
    walkSchema(childrenOf(component), visit, inner, depth + 1);
  }
}
