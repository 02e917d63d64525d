import { describe, expect, it } from "vitest";
import { form } from "./fixtures/harness";
import { formFields } from "./form-fields";

describe("formFields", () => {
  it("lists data fields with their full paths, in document order", () => {
    const schema = form(
      { type: "text", text: "# Tờ khai" },
      { type: "textfield", key: "hoTen", label: "Họ và tên", validate: { required: true } },
      { type: "group", path: "nguoiNop", components: [{ type: "textfield", key: "diaChi" }] },
      {
        type: "group",
        components: [
          { type: "radio", key: "gioiTinh", values: [{ label: "Nam", value: "nam" }, "nu"] },
        ],
      },
      {
        type: "dynamiclist",
        path: "thanhVien",
        label: "Thành viên",
        components: [{ type: "number", key: "tuoi" }],
      },
      { type: "expression", key: "phi", expression: "=1" },
      { type: "textfield", key: "bad key" },
    );
    expect(formFields(schema)).toEqual([
      { key: "hoTen", path: "hoTen", type: "textfield", label: "Họ và tên", required: true },
      { key: "diaChi", path: "nguoiNop.diaChi", type: "textfield", required: false },
      {
        key: "gioiTinh",
        path: "gioiTinh",
        type: "radio",
        required: false,
        options: [
          { label: "Nam", value: "nam" },
          { label: "nu", value: "nu" },
        ],
      },
      {
        key: "thanhVien",
        path: "thanhVien",
        type: "dynamiclist",
        label: "Thành viên",
        required: false,
      },
      { key: "tuoi", path: "thanhVien[].tuoi", type: "number", required: false },
      { key: "phi", path: "phi", type: "expression", required: false },
    ]);
  });

  it("tolerates a broken schema", () => {
    expect(formFields({ id: "x" } as never)).toEqual([]);
    expect(formFields(null as never)).toEqual([]);
  });
});
