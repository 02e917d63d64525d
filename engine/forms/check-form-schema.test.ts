import { describe, expect, it } from "vitest";
import { checkFormSchema } from "./check-form-schema";

const wrap = (...components: unknown[]) => ({ id: "Form_1", schemaVersion: 16, components });
const brief = (schema: unknown) =>
  checkFormSchema(schema).map((p) => `${p.severity}:${p.code}:${p.id ?? "-"}`);

describe("checkFormSchema", () => {
  const table: [string, unknown, string[]][] = [
    [
      "a clean form",
      wrap({
        type: "textfield",
        id: "T1",
        key: "hoTen",
        validate: { required: true, pattern: "^\\d+$" },
      }),
      [],
    ],
    ["not an object", "form", ["error:form-not-object:-"]],
    ["an array", [], ["error:form-not-object:-"]],
    ["missing id", { components: [] }, ["error:form-missing-id:-"]],
    ["no components", { id: "F" }, ["error:form-no-components:-"]],
    [
      "schemaVersion out of range",
      { id: "F", schemaVersion: 9, components: [] },
      ["warning:schema-version:-"],
    ],
    // form-js 1.23's editor (the studio's) writes 19.
    ["schemaVersion 19", { id: "F", schemaVersion: 19, components: [] }, []],
    [
      "schemaVersion past what we know",
      { id: "F", schemaVersion: 20, components: [] },
      ["warning:schema-version:-"],
    ],
    ["component not an object", wrap(1), ["error:component-not-object:-"]],
    ["unknown type", wrap({ type: "signature", id: "S" }), ["warning:unknown-type:S"]],
    ["missing key", wrap({ type: "textfield", id: "T" }), ["error:missing-key:T"]],
    ["key with a space", wrap({ type: "textfield", id: "T", key: "ho ten" }), ["error:bad-key:T"]],
    ["prototype key", wrap({ type: "textfield", id: "T", key: "__proto__" }), ["error:bad-key:T"]],
    [
      "constructor in a path",
      wrap({ type: "group", id: "G", path: "a.constructor", components: [] }),
      ["error:bad-key:G"],
    ],
    [
      "duplicate keys",
      wrap({ type: "textfield", id: "A", key: "x" }, { type: "number", id: "B", key: "x" }),
      ["error:duplicate-key:B"],
    ],
    [
      "a key under another key",
      wrap(
        { type: "textfield", id: "A", key: "x" },
        {
          type: "group",
          id: "G",
          path: "x",
          components: [{ type: "textfield", id: "B", key: "y" }],
        },
      ),
      ["error:duplicate-key:B"],
    ],
    [
      "a key above another key",
      wrap({ type: "textfield", id: "A", key: "x.y" }, { type: "textfield", id: "B", key: "x" }),
      ["error:duplicate-key:B"],
    ],
    [
      "same key inside and outside a list is fine",
      wrap(
        { type: "textfield", id: "A", key: "ten" },
        {
          type: "dynamiclist",
          id: "L",
          path: "ds",
          components: [{ type: "textfield", id: "B", key: "ten" }],
        },
      ),
      [],
    ],
    [
      "two groups may share a path",
      wrap(
        {
          type: "group",
          id: "G1",
          path: "p",
          components: [{ type: "textfield", id: "A", key: "a" }],
        },
        {
          type: "group",
          id: "G2",
          path: "p",
          components: [{ type: "textfield", id: "B", key: "b" }],
        },
      ),
      [],
    ],
    [
      "duplicate ids",
      wrap({ type: "textfield", id: "T", key: "a" }, { type: "textfield", id: "T", key: "b" }),
      ["warning:duplicate-id:T"],
    ],
    [
      "bad regex",
      wrap({ type: "textfield", id: "T", key: "a", validate: { pattern: "([a-z" } }),
      ["error:bad-pattern:T"],
    ],
    [
      "nested repetition is fine on RE2",
      wrap({ type: "textfield", id: "T", key: "a", validate: { pattern: "^(a+)+$" } }),
      [],
    ],
    [
      "nested repetition with a backreference",
      wrap({ type: "textfield", id: "T", key: "a", validate: { pattern: "^((a+)+)\\1$" } }),
      ["warning:slow-pattern:T"],
    ],
    [
      "bad FEEL in hide",
      wrap({ type: "textfield", id: "T", key: "a", conditional: { hide: "=a =" } }),
      ["error:bad-feel:T"],
    ],
    [
      "bad FEEL in a bound",
      wrap({ type: "number", id: "N", key: "a", validate: { min: "=(" } }),
      ["error:bad-feel:N"],
    ],
    [
      "expression without expression",
      wrap({ type: "expression", id: "E", key: "e" }),
      ["error:missing-expression:E"],
    ],
    [
      "bad FEEL in expression",
      wrap({ type: "expression", id: "E", key: "e", expression: "=1 +" }),
      ["error:bad-feel:E"],
    ],
    [
      "bad valuesExpression",
      wrap({ type: "select", id: "S", key: "s", valuesExpression: "=[" }),
      ["error:bad-feel:S"],
    ],
    [
      "bad static values",
      wrap({ type: "radio", id: "R", key: "r", values: [{ label: "A" }] }),
      ["error:bad-values:R"],
    ],
    ["no options", wrap({ type: "checklist", id: "C", key: "c" }), ["warning:no-options:C"]],
    ["options from valuesKey", wrap({ type: "taglist", id: "C", key: "c", valuesKey: "ds" }), []],
    [
      "bad datetime subtype",
      wrap({ type: "datetime", id: "D", key: "d", subtype: "week" }),
      ["error:bad-subtype:D"],
    ],
    [
      "list without path",
      wrap({ type: "dynamiclist", id: "L", components: [] }),
      ["error:missing-path:L"],
    ],
    [
      "min above max",
      wrap({ type: "number", id: "N", key: "n", validate: { min: 5, max: 1 } }),
      ["warning:bad-bounds:N"],
    ],
    [
      "display components are fine",
      wrap(
        { type: "text", text: "x" },
        { type: "spacer" },
        { type: "separator" },
        { type: "image" },
        { type: "iframe" },
        { type: "html" },
        { type: "button" },
        { type: "table" },
      ),
      [],
    ],
  ];
  it.each(table)("%s", (_name, schema, expected) => {
    expect(brief(schema)).toEqual(expected);
  });

  it("writes both languages", () => {
    const [p] = checkFormSchema({ components: [] });
    expect(p).toMatchObject({
      message: "The form has no id.",
      messageVi: "Biểu mẫu chưa có mã (id).",
    });
  });

  it("stops at absurd nesting instead of overflowing", () => {
    let c: Record<string, unknown> = { type: "textfield", key: "x" };
    for (let k = 0; k < 5000; k++) c = { type: "group", components: [c] };
    expect(brief(wrap(c))).toEqual(["error:too-large:-"]);
  });
});
