/** The data-carrying fields of a form, for the studio's FEEL key hints and for `validate`. */
import type { FormSchema } from "../model/types";
import { FIELD_TYPES, OPTION_TYPES } from "./fields/index";
import { normalizeOptions } from "./options";
import { isRecord } from "./paths";
import { isRequired } from "./rules";
import { walkSchema } from "./schema-walk";
import type { FormFieldInfo } from "./types";

/**
 * Lists every keyed field and every dynamic list, in document order, with its
 * full value path (`nguoiNop.diaChi`, `thanhVien[].ten`). Fields with an
 * invalid key are left out (checkFormSchema reports them).
 */
export function formFields(schema: FormSchema): FormFieldInfo[] {
  const out: FormFieldInfo[] = [];
  const components = isRecord(schema) && Array.isArray(schema.components) ? schema.components : [];
  walkSchema(components, ({ component: c, path }) => {
    if (!c || path === null) return;
    const isList = c.type === "dynamiclist" && c.isRepeating !== false;
    if (!FIELD_TYPES.has(c.type) && !isList) return;
    const info: FormFieldInfo = {
      key: String(isList ? c.path : c.key),
      path,
      type: c.type,
      required: isRequired(c),
    };
    if (typeof c.label === "string" && c.label !== "") info.label = c.label;
    if (OPTION_TYPES.has(c.type) && Array.isArray(c.values))
      info.options = normalizeOptions(c.values);
    out.push(info);
  });
  return out;
}
