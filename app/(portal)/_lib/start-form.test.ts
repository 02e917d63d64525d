import { describe, expect, it } from "vitest";
import type { FormSchema } from "@/engine/model/types";
import { readStartForm, renderTree, setAtPath } from "./start-form";

const schema: FormSchema = {
  id: "F",
  components: [
    { type: "text", id: "T", text: "## Tiêu đề" },
    {
      type: "group",
      id: "G",
      label: "Người yêu cầu",
      components: [
        { type: "textfield", id: "a", key: "hoTen", label: "Họ tên" },
        { type: "number", id: "b", key: "tuoi", label: "Tuổi" },
      ],
    },
    { type: "checkbox", id: "c", key: "camDoan", label: "Cam đoan" },
    {
      type: "checklist",
      id: "d",
      key: "loai",
      label: "Loại",
      values: [{ label: "A", value: "a" }],
    },
    { type: "filepicker", id: "e", key: "tep", label: "Tệp" },
    {
      type: "dynamiclist",
      id: "L",
      path: "thanhVien",
      label: "Thành viên",
      components: [{ type: "textfield", id: "x", key: "ten", label: "Tên" }],
    },
    { type: "button", id: "btn", label: "Gửi" },
  ],
};

describe("the start form in a plain HTML form", () => {
  it("renders groups, lists and fields, and skips buttons", () => {
    expect(renderTree(schema.components).map((n) => n.kind)).toEqual([
      "text",
      "group",
      "field",
      "field",
      "field",
      "list",
    ]);
  });

  it("reads a post back into data: empty left out, checkbox boolean, list rows kept when filled, files kept from the draft", () => {
    const form = new FormData();
    form.set("f.hoTen", "Nguyễn Văn A");
    form.set("f.tuoi", "");
    form.append("f.loai", "a");
    form.set("f.thanhVien[1].ten", "B");
    form.set("f.tep", new File([], ""));
    const prev = { tep: { id: "x", name: "a.pdf", size: 1, mime: "application/pdf" } };
    const out = readStartForm(schema, form, prev);
    expect(out.data).toEqual({
      hoTen: "Nguyễn Văn A",
      camDoan: false,
      loai: ["a"],
      tep: prev.tep,
      thanhVien: [{ ten: "B" }],
    });
    expect(out.files).toEqual([]);
  });

  it("returns chosen files to upload, and puts their references back at their path", () => {
    const form = new FormData();
    form.set("f.tep", new File([new Uint8Array([1])], "a.pdf"));
    const out = readStartForm(schema, form, {});
    expect(out.files.map((f) => f.key)).toEqual(["tep"]);
    const data: Record<string, unknown> = {};
    setAtPath(data, "thanhVien[1].giay", "ref");
    expect(data).toEqual({ thanhVien: [{}, { giay: "ref" }] });
  });
});
