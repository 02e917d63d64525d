import { describe, expect, it } from "vitest";
import { codes, form } from "../fixtures/harness";
import { validateFormData } from "../validate-form-data";

const pdf = { id: "f_01HXYZ", name: "Giấy khai sinh.pdf", size: 120_000, mime: "application/pdf" };
const jpg = { id: "f_02", name: "anh.JPG", size: 5, mime: "image/jpeg" };

describe("filepicker", () => {
  const table: [string, Record<string, unknown>, unknown, string[], unknown?][] = [
    ["one reference", {}, pdf, [], pdf],
    ["extra properties are dropped", {}, { ...pdf, url: "http://evil" }, [], pdf],
    ["missing → null", {}, undefined, [], null],
    ["required", { validate: { required: true } }, undefined, ["required"]],
    ["required, empty list", { multiple: true, validate: { required: true } }, [], ["required"]],
    ["a form-js file key is a reference", {}, "files::123", [], "files::123"],
    ["a key with a path is not a reference", {}, "files::../etc/passwd", ["not-file"]],
    ["an empty-bodied key is not a reference", {}, "files::", ["not-file"]],
    [
      "keys for a multiple field",
      { multiple: true },
      ["files::a", "files::b"],
      [],
      ["files::a", "files::b"],
    ],
    ["negative size", {}, { ...pdf, size: -1 }, ["not-file"]],
    ["id with a slash", {}, { ...pdf, id: "../etc/passwd" }, ["not-file"]],
    ["bad mime", {}, { ...pdf, mime: "pdf" }, ["not-file"]],
    ["two files, not multiple", {}, [pdf, jpg], ["single-file"]],
    [
      "two files, multiple",
      { multiple: true },
      [pdf, jpg],
      [],
      [pdf, { ...jpg, mime: "image/jpeg" }],
    ],
    ["multiple as FEEL", { multiple: "=true" }, [pdf, jpg], []],
    ["accept by extension", { accept: ".pdf,.docx" }, pdf, []],
    ["accept by wildcard mime", { accept: "image/*", multiple: true }, [jpg], []],
    ["accept refuses", { accept: ".pdf" }, jpg, ["file-type"]],
    ["extension match ignores case", { accept: ".jpg" }, jpg, []],
    ["too many files", { multiple: true }, Array.from({ length: 51 }, () => pdf), ["too-many"]],
  ];
  it.each(table)("%s", (_name, props, value, expected, cleaned) => {
    const r = validateFormData(
      form({ type: "filepicker", key: "tep", ...props }),
      value === undefined ? {} : { tep: value },
    );
    expect(codes(r).tep ?? []).toEqual(expected);
    if (cleaned !== undefined) expect(r.data.tep).toEqual(cleaned);
  });
});
