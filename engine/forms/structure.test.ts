import { describe, expect, it } from "vitest";
import { codes, form } from "./fixtures/harness";
import { validateFormData } from "./validate-form-data";

const required = { required: true };

describe("unknown keys and the payload", () => {
  it("drops keys the form does not declare", () => {
    const r = validateFormData(form({ type: "textfield", key: "hoTen" }), {
      hoTen: "A",
      isAdmin: true,
      approved: "yes",
    });
    expect(r.data).toEqual({ hoTen: "A" });
  });

  it.each([null, [], "x", 1, true, undefined])(
    "refuses a payload that is not an object: %j",
    (payload) => {
      const r = validateFormData(form({ type: "textfield", key: "hoTen" }), payload);
      expect(r).toMatchObject({ ok: false, data: {} });
      expect(r.errors).toEqual([expect.objectContaining({ field: "", code: "not-form-data" })]);
    },
  );

  it("ignores display-only and unknown components", () => {
    const schema = form(
      { type: "text", text: "# Tờ khai" },
      { type: "button", key: "submit", action: "submit" },
      { type: "table", dataSource: "=rows" },
      { type: "mystery", key: "m" },
      { type: "textfield", key: "a" },
    );
    expect(validateFormData(schema, { submit: 1, m: 2, a: "x" }).data).toEqual({ a: "x" });
  });
});

describe("conditional.hide", () => {
  const schema = form(
    {
      type: "radio",
      key: "loai",
      values: [
        { label: "Cá nhân", value: "canhan" },
        { label: "Tổ chức", value: "tochuc" },
      ],
    },
    {
      type: "textfield",
      key: "tenToChuc",
      validate: required,
      conditional: { hide: '=loai != "tochuc"' },
    },
    { type: "textfield", key: "ghiChu", conditional: { hide: "=loai = null" } },
    { type: "textfield", key: "broken", validate: required, conditional: { hide: "=loai ==" } },
  );
  const table: [
    string,
    Record<string, unknown>,
    Record<string, string[]>,
    Record<string, unknown>,
  ][] = [
    [
      "hidden required field is not required and is stripped",
      { loai: "canhan", tenToChuc: "X", broken: "b" },
      {},
      { loai: "canhan", ghiChu: "", broken: "b" },
    ],
    [
      "shown required field is required",
      { loai: "tochuc", broken: "b" },
      { tenToChuc: ["required"] },
      {},
    ],
    [
      "a broken condition leaves the field visible",
      { loai: "tochuc", tenToChuc: "T" },
      { broken: ["required"] },
      {},
    ],
    [
      "unary-test semantics: a null result hides",
      { tenToChuc: "T", ghiChu: "g", broken: "b" },
      {},
      { loai: null, broken: "b" },
    ],
  ];
  it.each(table)("%s", (_name, data, expected, cleaned) => {
    const r = validateFormData(schema, data);
    expect(codes(r)).toEqual(expected);
    if (Object.keys(cleaned).length > 0) expect(r.data).toEqual(cleaned);
  });

  it("a condition on an empty field hides it, as in the browser", () => {
    const schema = form(
      { type: "number", key: "soTien" },
      {
        type: "textfield",
        key: "lyDo",
        validate: required,
        conditional: { hide: "=soTien < 1000000" },
      },
    );
    expect(validateFormData(schema, {}).ok).toBe(true);
    expect(codes(validateFormData(schema, { soTien: 2000000 }))).toEqual({ lyDo: ["required"] });
  });

  it("a hidden field's bad type is not reported", () => {
    const r = validateFormData(form({ type: "number", key: "n", conditional: { hide: "=true" } }), {
      n: "abc",
    });
    expect(r).toEqual({ ok: true, errors: [], data: {} });
  });

  it("hiding a group hides its fields", () => {
    const schema = form(
      {
        type: "group",
        path: "uyQuyen",
        conditional: { hide: "=coUyQuyen != true" },
        components: [{ type: "textfield", key: "ten", validate: required }],
      },
      { type: "checkbox", key: "coUyQuyen" },
    );
    expect(validateFormData(schema, { coUyQuyen: false, uyQuyen: { ten: "x" } })).toEqual({
      ok: true,
      errors: [],
      data: { coUyQuyen: false },
    });
    expect(codes(validateFormData(schema, { coUyQuyen: true }))).toEqual({
      "uyQuyen.ten": ["required"],
    });
  });
});

describe("groups", () => {
  const schema = form(
    {
      type: "group",
      path: "nguoiNop",
      components: [
        { type: "textfield", key: "hoTen", validate: required },
        {
          type: "group",
          path: "diaChi",
          components: [{ type: "textfield", key: "tinh", validate: required }],
        },
      ],
    },
    { type: "group", components: [{ type: "textfield", key: "flat" }] },
    { type: "textfield", key: "a.b" },
  );
  it("nests data under the path; a group without path is flat; a dotted key nests too", () => {
    const r = validateFormData(schema, {
      nguoiNop: { hoTen: "A", diaChi: { tinh: "HN", x: 1 }, y: 2 },
      flat: "f",
      a: { b: "c" },
    });
    expect(r).toEqual({
      ok: true,
      errors: [],
      data: { nguoiNop: { hoTen: "A", diaChi: { tinh: "HN" } }, flat: "f", a: { b: "c" } },
    });
  });
  it("keys errors by the full path", () => {
    expect(codes(validateFormData(schema, { nguoiNop: { diaChi: {} } }))).toEqual({
      "nguoiNop.hoTen": ["required"],
      "nguoiNop.diaChi.tinh": ["required"],
    });
  });
  it("reports a group value that is not an object", () => {
    expect(codes(validateFormData(schema, { nguoiNop: "x" }))).toMatchObject({
      nguoiNop: ["not-object"],
    });
  });
});

describe("dynamic lists", () => {
  const schema = form({
    type: "dynamiclist",
    path: "thanhVien",
    isRepeating: true,
    validate: { minItems: 1, maxItems: 3 },
    components: [
      { type: "textfield", key: "ten", validate: required },
      { type: "number", key: "tuoi" },
      {
        type: "textfield",
        key: "truong",
        validate: required,
        conditional: { hide: "=this.tuoi = null or this.tuoi >= 18" },
      },
      { type: "expression", key: "stt", expression: "=_i_[1]" },
    ],
  });
  const table: [string, unknown, Record<string, string[]>][] = [
    [
      "valid items",
      [
        { ten: "A", tuoi: 30 },
        { ten: "B", tuoi: 10, truong: "THCS" },
      ],
      {},
    ],
    [
      "errors keyed list[i].field",
      [{ ten: "A" }, { tuoi: "x" }],
      { "thanhVien[1].ten": ["required"], "thanhVien[1].tuoi": ["not-number"] },
    ],
    [
      "condition sees its own item through this",
      [{ ten: "A", tuoi: 10 }],
      { "thanhVien[0].truong": ["required"] },
    ],
    ["an item that is not an object", [{ ten: "A" }, "x"], { "thanhVien[1]": ["not-object"] }],
    ["not a list", { ten: "A" }, { thanhVien: ["not-list"] }],
    ["minItems (our extension)", [], { thanhVien: ["min-items"] }],
    [
      "maxItems (our extension)",
      [{ ten: "A" }, { ten: "B" }, { ten: "C" }, { ten: "D" }],
      { thanhVien: ["max-items"] },
    ],
  ];
  it.each(table)("%s", (_name, list, expected) => {
    expect(codes(validateFormData(schema, { thanhVien: list }))).toEqual(expected);
  });
  it("cleans each item and computes its expressions", () => {
    const r = validateFormData(schema, {
      thanhVien: [
        { ten: "A", tuoi: 30, truong: "x", stt: 99, evil: 1 },
        { ten: "B", tuoi: 5, truong: "MN" },
      ],
    });
    expect(r.data).toEqual({
      thanhVien: [
        { ten: "A", tuoi: 30, stt: 1 },
        { ten: "B", tuoi: 5, truong: "MN", stt: 2 },
      ],
    });
  });
  it("caps the number of items", () => {
    const r = validateFormData(schema, {
      thanhVien: Array.from({ length: 201 }, () => ({ ten: "A" })),
    });
    expect(codes(r)).toEqual({ thanhVien: ["max-items"] });
  });
});

describe("expression fields", () => {
  const schema = form(
    { type: "number", key: "soBan" },
    { type: "expression", key: "lePhi", expression: "=soBan * donGia", computeOn: "change" },
    { type: "expression", key: "mienPhi", expression: "=lePhi = 0" },
    { type: "textfield", key: "lyDo", validate: required, conditional: { hide: "=lePhi > 0" } },
    { type: "expression", key: "loi", expression: "=1 +" },
  );
  it("are computed on the server, the client's value ignored, later ones seeing earlier ones", () => {
    const r = validateFormData(
      schema,
      { soBan: 3, lePhi: 0, mienPhi: true },
      { context: { donGia: 8000 } },
    );
    expect(r).toEqual({
      ok: true,
      errors: [],
      data: { soBan: 3, lePhi: 24000, mienPhi: false, loi: null },
    });
  });
  it("feed hide conditions", () => {
    expect(codes(validateFormData(schema, { soBan: 0 }, { context: { donGia: 8000 } }))).toEqual({
      lyDo: ["required"],
    });
  });
});

describe("disabled, readonly, defaultValue, initial values", () => {
  const schema = form(
    { type: "textfield", key: "maHoSo", disabled: true, validate: required },
    { type: "textfield", key: "canBo", readonly: "=daTiepNhan", defaultValue: "chưa có" },
    {
      type: "select",
      key: "kenh",
      defaultValue: "online",
      values: [
        { label: "Trực tuyến", value: "online" },
        { label: "Trực tiếp", value: "offline" },
      ],
    },
    { type: "textfield", key: "hoTen" },
  );
  const table: [
    string,
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
  ][] = [
    [
      "disabled keeps the initial value, client ignored",
      { maHoSo: "HACK" },
      { maHoSo: "HS-1" },
      { maHoSo: "HS-1" },
    ],
    [
      "disabled without initial value is empty (and not validated)",
      { maHoSo: "HACK" },
      {},
      { maHoSo: "" },
    ],
    [
      "readonly by FEEL keeps the initial value",
      { canBo: "me" },
      { daTiepNhan: true, canBo: "Trần B" },
      { canBo: "Trần B" },
    ],
    [
      "readonly falls back to defaultValue",
      { canBo: "me" },
      { daTiepNhan: true },
      { canBo: "chưa có" },
    ],
    ["editable when readonly is false", { canBo: "me" }, { daTiepNhan: false }, { canBo: "me" }],
    ["omitted field takes defaultValue", {}, {}, { kenh: "online" }],
    [
      "omitted field takes the initial value first",
      {},
      { kenh: "offline", hoTen: "Lê C" },
      { kenh: "offline", hoTen: "Lê C" },
    ],
    ["sent value wins over initial", { hoTen: "Mới" }, { hoTen: "Cũ" }, { hoTen: "Mới" }],
  ];
  it.each(table)("%s", (_name, data, context, expected) => {
    const r = validateFormData(schema, data, { context });
    expect(r.ok).toBe(true);
    expect(r.data).toMatchObject(expected);
  });
});
