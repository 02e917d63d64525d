/**
 * The field-type registry: one file per data-carrying form-js type, plus the
 * containers and the display-only types that hold no data.
 */
import type { FieldType } from "../types";
import { checkbox } from "./checkbox";
import { checklist } from "./checklist";
import { datetime } from "./datetime";
import { expression } from "./expression";
import { filepicker } from "./filepicker";
import { number } from "./number";
import { radio } from "./radio";
import { select } from "./select";
import { taglist } from "./taglist";
import { textarea } from "./textarea";
import { textfield } from "./textfield";

const ALL: FieldType[] = [
  textfield,
  textarea,
  number,
  checkbox,
  checklist,
  radio,
  select,
  taglist,
  datetime,
  filepicker,
  expression,
];

/** Types whose `key` names a value (form-js `config.keyed`). */
export const FIELD_TYPES: ReadonlyMap<string, FieldType> = new Map(ALL.map((t) => [t.type, t]));

/** Types that hold other components; `group` may nest data under `path`, `dynamiclist` repeats it. */
export const CONTAINER_TYPES: ReadonlySet<string> = new Set(["group", "dynamiclist"]);

/** Types that show things and hold no data (`table` only reads a variable). */
export const DISPLAY_TYPES: ReadonlySet<string> = new Set([
  "text",
  "html",
  "image",
  "iframe",
  "spacer",
  "separator",
  "button",
  "table",
  "documentPreview",
  "default",
]);

/** Types whose options come from `values` / `valuesKey` / `valuesExpression`. */
export const OPTION_TYPES: ReadonlySet<string> = new Set([
  "radio",
  "select",
  "checklist",
  "taglist",
]);
