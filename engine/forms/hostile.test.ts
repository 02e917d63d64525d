import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { form } from "./fixtures/harness";
import { formFields } from "./form-fields";
import { validateFormData } from "./validate-form-data";

const schema = form(
  { type: "textfield", key: "hoTen", validate: { required: true, pattern: "^(a+)+$" } },
  { type: "number", key: "tuoi", validate: { min: 0 } },
  {
    type: "select",
    key: "tinh",
    values: [
      { label: "HN", value: "HN" },
      { label: "Obj", value: { a: 1 } },
    ],
  },
  { type: "checklist", key: "giayTo", values: ["a", "b"] },
  {
    type: "group",
    path: "nguoiNop",
    components: [
      { type: "textfield", key: "diaChi", conditional: { hide: "=tuoi > 100" } },
      { type: "datetime", key: "ngay" },
    ],
  },
  {
    type: "dynamiclist",
    path: "ds",
    components: [
      { type: "textfield", key: "ten" },
      { type: "filepicker", key: "tep", multiple: true },
    ],
  },
  { type: "expression", key: "tinhToan", expression: "=tuoi * 2" },
  { type: "textfield", key: "a.b" },
);

describe("hostile input", () => {
  it("does not let __proto__ or constructor pollute anything", () => {
    const payload = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"hoTen":"aaa","nguoiNop":{"__proto__":{"polluted":3}},"ds":[{"__proto__":{"polluted":4},"ten":"x"}]}',
    ) as unknown;
    const r = validateFormData(schema, payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r.data)).not.toContain("__proto__");
    expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
    expect(JSON.stringify(r.data)).not.toContain("polluted");
  });

  it("survives a catastrophic pattern on long input, quickly", () => {
    const started = performance.now();
    const r = validateFormData(schema, { hoTen: `${"a".repeat(40_000)}!` });
    expect(r.errors.map((e) => e.code)).toEqual(["pattern"]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("bounds huge values", () => {
    const r = validateFormData(schema, {
      hoTen: "x".repeat(5_000_000),
      giayTo: Array.from({ length: 1_000_000 }, () => "a"),
      ds: Array.from({ length: 100_000 }, () => ({})),
    });
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      "hoTen:too-long",
      "giayTo:too-many",
      "ds:max-items",
    ]);
  });

  it("does not recurse into deeply nested values", () => {
    let deep: unknown = "HN";
    for (let k = 0; k < 100_000; k++) deep = { a: deep };
    const r = validateFormData(schema, { tinh: deep, hoTen: deep, nguoiNop: deep, ds: [deep] });
    expect(r.ok).toBe(false);
  });

  it("ignores inherited properties of class instances and odd objects", () => {
    const r = validateFormData(
      schema,
      Object.assign(Object.create({ hoTen: "aaa" }) as object, { tuoi: 1 }),
    );
    expect(r.errors.map((e) => e.code)).toEqual(["not-form-data"]);
    expect(validateFormData(schema, new Date()).ok).toBe(false);
  });

  it("tolerates a schema that is not one", () => {
    for (const s of [
      null,
      {},
      { components: "x" },
      { components: [null, 1, { type: 2 }, { type: "group", components: "x" }] },
    ]) {
      expect(() => validateFormData(s as never, { a: 1 })).not.toThrow();
    }
  });
});

// Every output path must be one the schema declares (lists as `path[]`, groups as prefixes).
const declared = new Set(formFields(schema).map((f) => f.path));
const prefixes = new Set(
  [...declared].flatMap((p) =>
    p
      .split(".")
      .slice(0, -1)
      .map((_, k, a) => a.slice(0, k + 1).join(".")),
  ),
);

function onlyDeclared(value: Record<string, unknown>, prefix = ""): boolean {
  return Object.entries(value).every(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (declared.has(path)) {
      const isList = formFields(schema).some((f) => f.path === path && f.type === "dynamiclist");
      return (
        !isList ||
        (Array.isArray(v) &&
          v.every((item) => onlyDeclared(item as Record<string, unknown>, `${path}[]`)))
      );
    }
    return (
      prefixes.has(path) &&
      typeof v === "object" &&
      v !== null &&
      onlyDeclared(v as Record<string, unknown>, path)
    );
  });
}

describe("property: arbitrary JSON", () => {
  const keys = [
    "hoTen",
    "tuoi",
    "tinh",
    "giayTo",
    "nguoiNop",
    "ds",
    "tinhToan",
    "a",
    "__proto__",
    "constructor",
    "x",
  ];
  const payload = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()),
    fc.record({
      ds: fc.array(fc.dictionary(fc.constantFrom("ten", "tep", "y"), fc.jsonValue())),
      nguoiNop: fc.dictionary(fc.constantFrom("diaChi", "ngay"), fc.jsonValue()),
    }),
  );
  it("never throws and keeps only declared keys", () => {
    fc.assert(
      fc.property(payload, (data) => {
        const r = validateFormData(schema, data);
        expect(onlyDeclared(r.data)).toBe(true);
        expect(r.ok).toBe(r.errors.length === 0);
        for (const e of r.errors) expect(e.messageVi.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
