import { describe, expect, it } from "vitest";
import { codes, form } from "../fixtures/harness";
import { validateFormData } from "../validate-form-data";

describe("number", () => {
  const table: [string, Record<string, unknown>, unknown, string[], unknown?][] = [
    ["missing → null", {}, undefined, [], null],
    ["required missing", { validate: { required: true } }, undefined, ["required"]],
    ["required empty string", { validate: { required: true } }, "", ["required"]],
    ["zero satisfies required", { validate: { required: true } }, 0, [], 0],
    ["numeric string becomes a number", {}, " 42.5 ", [], 42.5],
    [
      "string stays a string with serializeToString",
      { serializeToString: true },
      "1.50",
      [],
      "1.50",
    ],
    [
      "number becomes a string with serializeToString",
      { serializeToString: true },
      1e-7,
      [],
      "0.0000001",
    ],
    ["not a number", {}, "12abc", ["not-number"]],
    ["thousands separators are not numbers", {}, "1.000.000", ["not-number"]],
    ["exponent strings are not accepted", {}, "1e5", ["not-number"]],
    ["boolean is not a number", {}, true, ["not-number"]],
    ["min", { validate: { min: 18 } }, 17, ["min"]],
    ["min ok", { validate: { min: 18 } }, 18, []],
    ["min applies to 0", { validate: { min: 1 } }, 0, ["min"]],
    ["max", { validate: { max: 10 } }, "11", ["max"]],
    ["min as FEEL", { validate: { min: "=minAge" } }, 17, ["min"]],
    ["decimalDigits 0 means integer", { decimalDigits: 0 }, 1.5, ["not-integer"]],
    ["decimalDigits 2", { decimalDigits: 2 }, "1.234", ["decimal-digits"]],
    ["decimalDigits ignores trailing zeros", { decimalDigits: 2 }, "1.2300", []],
    ["increment ok", { increment: 0.1 }, 0.3, []],
    ["increment off step", { increment: 5 }, 12, ["increment"]],
    ["increment exact decimals", { increment: "0.05" }, "1.15", []],
    ["increment negative value", { increment: 5 }, -7, ["increment"]],
  ];
  it.each(table)("%s", (_name, props, value, expected, cleaned) => {
    const schema = form({ type: "number", key: "n", ...props });
    const r = validateFormData(schema, value === undefined ? {} : { n: value }, {
      context: { minAge: 18 },
    });
    expect(codes(r).n ?? []).toEqual(expected);
    if (cleaned !== undefined) expect(r.data.n).toBe(cleaned);
  });

  it("names the nearest valid steps", () => {
    const r = validateFormData(form({ type: "number", key: "n", increment: 5 }), { n: 12 });
    expect(r.errors[0]?.message).toBe("Not a valid step; the nearest valid values are 10 and 15.");
    expect(r.errors[0]?.messageVi).toBe(
      "Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là 10 và 15.",
    );
  });
});

describe("checkbox", () => {
  const table: [string, boolean, unknown, string[], unknown?][] = [
    ["missing → false", false, undefined, [], false],
    ["true", false, true, [], true],
    ["required and unticked", true, false, ["required"]],
    ["required and missing", true, undefined, ["required"]],
    ["required and ticked", true, true, [], true],
    ["string is not boolean", false, "true", ["not-boolean"]],
    ["number is not boolean", false, 1, ["not-boolean"]],
  ];
  it.each(table)("%s", (_name, required, value, expected, cleaned) => {
    const schema = form({ type: "checkbox", key: "dongY", validate: { required } });
    const r = validateFormData(schema, value === undefined ? {} : { dongY: value });
    expect(codes(r).dongY ?? []).toEqual(expected);
    if (cleaned !== undefined) expect(r.data.dongY).toBe(cleaned);
  });
});
