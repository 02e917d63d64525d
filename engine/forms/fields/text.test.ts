import { describe, expect, it } from "vitest";
import { codes, form } from "../fixtures/harness";
import { validateFormData } from "../validate-form-data";

const field = (validate: Record<string, unknown>, type = "textfield") =>
  form({ type, key: "v", label: "Giá trị", validate });

describe.each(["textfield", "textarea"])("%s", (type) => {
  const table: [string, Record<string, unknown>, unknown, string[], unknown?][] = [
    ["required, missing", { required: true }, undefined, ["required"]],
    ["required, empty", { required: true }, "", ["required"]],
    ["required, only spaces", { required: true }, "   ", ["required"]],
    ["required, null", { required: true }, null, ["required"]],
    ["required, given", { required: true }, "Nguyễn Văn A", [], "Nguyễn Văn A"],
    ["not required, missing → empty string", {}, undefined, [], ""],
    ["trimmed", {}, "  abc  ", [], "abc"],
    ["NFC-normalised", {}, "Nguye\u0302\u0303n", [], "Nguyễn"],
    ["minLength", { minLength: 3 }, "ab", ["min-length"]],
    ["minLength counts trimmed", { minLength: 3 }, " ab ", ["min-length"]],
    ["minLength ok", { minLength: 3 }, "abc", []],
    ["minLength skipped when empty", { minLength: 3 }, "", []],
    ["maxLength", { maxLength: 3 }, "abcd", ["max-length"]],
    ["maxLength as FEEL", { maxLength: "=1 + 1" }, "abc", ["max-length"]],
    ["pattern mismatch", { pattern: "^\\d{12}$" }, "12345", ["pattern"]],
    ["pattern match", { pattern: "^\\d{12}$" }, "001099012345", []],
    ["pattern is unanchored like form-js", { pattern: "\\d" }, "ab1", []],
    ["broken pattern fails closed", { pattern: "(" }, "x", ["pattern"]],
    ["email ok", { validationType: "email" }, "a.b@example.gov.vn", []],
    ["email bad", { validationType: "email" }, "a@b@c", ["email"]],
    ["phone VN mobile", { validationType: "phone" }, "0912 345 678", []],
    ["phone VN +84", { validationType: "phone" }, "+84912345678", []],
    ["phone landline", { validationType: "phone" }, "024 3825 1234", []],
    ["phone international", { validationType: "phone" }, "+4930664040900", []],
    ["phone bad", { validationType: "phone" }, "12345", ["phone"]],
    ["custom = pattern", { validationType: "custom", pattern: "^[A-Z]+$" }, "abc", ["pattern"]],
    ["number is not text", {}, 12, ["not-string"]],
    ["object is not text", {}, { a: 1 }, ["not-string"]],
    ["too long", {}, "x".repeat(50_001), ["too-long"]],
  ];
  it.each(table)("%s", (_name, validate, value, expected, cleaned) => {
    const r = validateFormData(field(validate, type), value === undefined ? {} : { v: value });
    expect(codes(r).v ?? []).toEqual(expected);
    expect(r.ok).toBe(expected.length === 0);
    if (cleaned !== undefined) expect(r.data.v).toBe(cleaned);
  });
});

describe("text messages", () => {
  it("speaks Vietnamese and English and names the label", () => {
    const r = validateFormData(field({ required: true, minLength: 3 }), { v: "ab" });
    expect(r.errors).toEqual([
      {
        field: "v",
        code: "min-length",
        message: "Must have at least 3 characters.",
        messageVi: "Phải có ít nhất 3 ký tự.",
        label: "Giá trị",
      },
    ]);
    expect(validateFormData(field({ required: true }), {}).errors[0]?.messageVi).toBe(
      "Trường này là bắt buộc.",
    );
    expect(
      validateFormData(field({ validationType: "email" }), { v: "x" }).errors[0]?.messageVi,
    ).toBe("Email không hợp lệ.");
  });

  it("uses the designer's patternErrorMessage", () => {
    const r = validateFormData(
      field({ pattern: "^\\d{12}$", patternErrorMessage: "Số CCCD gồm 12 chữ số." }),
      { v: "1" },
    );
    expect(r.errors[0]).toMatchObject({
      code: "pattern",
      message: "Số CCCD gồm 12 chữ số.",
      messageVi: "Số CCCD gồm 12 chữ số.",
    });
  });

  it("keeps line breaks inside a textarea", () => {
    expect(validateFormData(field({}, "textarea"), { v: " a\nb \n" }).data.v).toBe("a\nb");
  });
});
