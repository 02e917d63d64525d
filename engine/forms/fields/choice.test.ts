import { describe, expect, it } from "vitest";
import { codes, form } from "../fixtures/harness";
import { validateFormData } from "../validate-form-data";

const values = [
  { label: "Nam", value: "nam" },
  { label: "Nữ", value: "nu" },
  { label: "Một", value: 1 },
];

describe.each(["radio", "select"])("%s", (type) => {
  const table: [string, Record<string, unknown>, unknown, string[], unknown?][] = [
    ["static option", { values }, "nu", [], "nu"],
    ["number option", { values }, 1, [], 1],
    ["not an option", { values }, "khac", ["not-option"]],
    ["no coercion of '1' to 1", { values }, "1", ["not-option"]],
    ["missing → null", { values }, undefined, [], null],
    ["empty string → null", { values }, "", [], null],
    ["required missing", { values, validate: { required: true } }, undefined, ["required"]],
    ["array is not one option", { values }, ["nam"], ["not-option"]],
    ["valuesKey in context", { valuesKey: "dsTinh" }, "HN", [], "HN"],
    ["valuesKey in context, not a member", { valuesKey: "dsTinh" }, "XX", ["not-option"]],
    ["valuesKey not in context: any primitive", { valuesKey: "khongCo" }, "XX", [], "XX"],
    ["valuesExpression", { valuesExpression: '=["a", "b"]' }, "b", []],
    [
      "valuesExpression sees other fields",
      { valuesExpression: '=if tinh = "HN" then ["BD"] else []' },
      "BD",
      [],
    ],
    ["valuesExpression not a member", { valuesExpression: '=["a"]' }, "b", ["not-option"]],
    ["broken valuesExpression allows nothing", { valuesExpression: "=[" }, "a", ["not-option"]],
    ["searchable changes nothing", { values, searchable: true }, "nam", []],
  ];
  it.each(table)("%s", (_name, props, value, expected, cleaned) => {
    const schema = form({ type: "textfield", key: "tinh" }, { type, key: "v", ...props });
    const context = { dsTinh: [{ label: "Hà Nội", value: "HN" }, "HCM"] };
    const r = validateFormData(
      schema,
      value === undefined ? { tinh: "HN" } : { tinh: "HN", v: value },
      { context },
    );
    expect(codes(r).v ?? []).toEqual(expected);
    if (cleaned !== undefined) expect(r.data.v).toEqual(cleaned);
  });

  it("does not take options from the submission itself", () => {
    const schema = form({ type, key: "v", valuesKey: "dsTinh" });
    const r = validateFormData(
      schema,
      { v: "XX", dsTinh: ["XX"] },
      { context: { dsTinh: ["HN"] } },
    );
    expect(codes(r)).toEqual({ v: ["not-option"] });
    expect(r.data).toEqual({ v: "XX" });
  });
});

describe.each(["checklist", "taglist"])("%s", (type) => {
  const table: [string, Record<string, unknown>, unknown, string[], unknown?][] = [
    ["members", { values }, ["nam", 1], [], ["nam", 1]],
    ["missing → []", { values }, undefined, [], []],
    ["duplicates collapse", { values }, ["nam", "nam"], [], ["nam"]],
    ["a non-member", { values }, ["nam", "x"], ["not-option"]],
    ["required and empty", { values, validate: { required: true } }, [], ["required"]],
    ["not a list", { values }, "nam", ["not-list"]],
    ["nested list is not an option", { values }, [["nam"]], ["not-option"]],
    ["too many", { values }, Array.from({ length: 501 }, () => "nam"), ["too-many"]],
    [
      "object option values",
      { values: [{ label: "A", value: { code: "a" } }] },
      [{ code: "a" }],
      [],
      [{ code: "a" }],
    ],
    ["valuesKey from context", { valuesKey: "ds" }, ["HN", "HCM"], []],
  ];
  it.each(table)("%s", (_name, props, value, expected, cleaned) => {
    const schema = form({ type, key: "v", ...props });
    const r = validateFormData(schema, value === undefined ? {} : { v: value }, {
      context: { ds: ["HN", "HCM"] },
    });
    expect(codes(r).v ?? []).toEqual(expected);
    if (cleaned !== undefined) expect(r.data.v).toEqual(cleaned);
  });
});
