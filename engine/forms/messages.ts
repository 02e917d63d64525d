/**
 * Every sentence a citizen or designer may read, in English and Vietnamese,
 * in one place (STYLE.md: errors are converted to the user's language once).
 */
import type { Issue } from "./types";

type Params = Record<string, string | number>;
type Sentence = (p: Params) => [en: string, vi: string];

const FIELD: Record<string, Sentence> = {
  required: () => ["This field is required.", "Trường này là bắt buộc."],
  "min-length": (p) => [`Must have at least ${p.n} characters.`, `Phải có ít nhất ${p.n} ký tự.`],
  "max-length": (p) => [
    `Must have at most ${p.n} characters.`,
    `Không được vượt quá ${p.n} ký tự.`,
  ],
  "too-long": (p) => [`Too long (more than ${p.n} characters).`, `Quá dài (hơn ${p.n} ký tự).`],
  min: (p) => [`Must be at least ${p.n}.`, `Giá trị phải lớn hơn hoặc bằng ${p.n}.`],
  max: (p) => [`Must be at most ${p.n}.`, `Giá trị phải nhỏ hơn hoặc bằng ${p.n}.`],
  pattern: () => ["Does not match the required format.", "Không đúng định dạng yêu cầu."],
  email: () => ["Invalid email address.", "Email không hợp lệ."],
  phone: () => ["Invalid phone number.", "Số điện thoại không hợp lệ."],
  "not-string": () => ["Must be text.", "Phải là chuỗi ký tự."],
  "not-number": () => ["Must be a number.", "Phải là một số."],
  "not-integer": () => ["Must be a whole number.", "Phải là số nguyên."],
  "decimal-digits": (p) => [
    `Must have at most ${p.n} decimal digits.`,
    `Chỉ được có tối đa ${p.n} chữ số thập phân.`,
  ],
  increment: (p) => [
    `Not a valid step; the nearest valid values are ${p.prev} and ${p.next}.`,
    `Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ${p.prev} và ${p.next}.`,
  ],
  "not-boolean": () => ["Must be true or false.", "Phải là đúng hoặc sai (true/false)."],
  "not-list": () => ["Must be a list.", "Phải là một danh sách."],
  "not-object": () => ["Must be an object.", "Phải là một đối tượng."],
  "not-form-data": () => [
    "Form data must be a JSON object.",
    "Dữ liệu biểu mẫu phải là một đối tượng JSON.",
  ],
  "not-option": () => [
    "Not one of the allowed options.",
    "Giá trị không nằm trong danh sách lựa chọn.",
  ],
  "too-many": (p) => [`At most ${p.n} items.`, `Tối đa ${p.n} mục.`],
  "min-items": (p) => [`At least ${p.n} items are required.`, `Cần ít nhất ${p.n} mục.`],
  "max-items": (p) => [`At most ${p.n} items are allowed.`, `Chỉ được tối đa ${p.n} mục.`],
  "invalid-date": () => ["Must be a date (YYYY-MM-DD).", "Phải là ngày hợp lệ (YYYY-MM-DD)."],
  "invalid-time": () => ["Must be a time (HH:mm).", "Phải là giờ hợp lệ (HH:mm)."],
  "invalid-datetime": () => [
    "Must be a date and time (YYYY-MM-DDTHH:mm).",
    "Phải là ngày giờ hợp lệ (YYYY-MM-DDTHH:mm).",
  ],
  "past-date": () => ["The date must not be in the past.", "Không được chọn ngày trong quá khứ."],
  "not-file": () => [
    "Must be an uploaded file: a key like files::abc, or { id, name, size, mime }.",
    "Phải là tệp đã tải lên: khoá dạng files::abc, hoặc { id, name, size, mime }.",
  ],
  "single-file": () => ["Only one file is allowed.", "Chỉ được đính kèm một tệp."],
  "file-type": (p) => [
    `File type not allowed (accepted: ${p.accept}).`,
    `Loại tệp không được chấp nhận (chấp nhận: ${p.accept}).`,
  ],
};

/** English and Vietnamese sentences for a field issue. */
export function fieldMessage(issue: Issue): { message: string; messageVi: string } {
  if (issue.custom) return { message: issue.custom, messageVi: issue.custom };
  const sentence = FIELD[issue.code];
  const [message, messageVi] = sentence
    ? sentence(issue.params ?? {})
    : ["Invalid value.", "Giá trị không hợp lệ."];
  return { message, messageVi };
}

const SCHEMA: Record<string, Sentence> = {
  "form-not-object": () => [
    "The form is not a JSON object.",
    "Biểu mẫu không phải là một đối tượng JSON.",
  ],
  "form-missing-id": () => ["The form has no id.", "Biểu mẫu chưa có mã (id)."],
  "form-no-components": () => [
    "The form has no components list.",
    "Biểu mẫu không có danh sách thành phần (components).",
  ],
  "schema-version": (p) => [
    `schemaVersion ${p.v} is outside the supported range 16–19.`,
    `schemaVersion ${p.v} nằm ngoài phạm vi hỗ trợ 16–19.`,
  ],
  "too-large": (p) => [`The form is too large (${p.what}).`, `Biểu mẫu quá lớn (${p.what}).`],
  "component-not-object": () => [
    "A component is not an object or has no type.",
    "Có thành phần không hợp lệ hoặc thiếu loại (type).",
  ],
  "unknown-type": (p) => [
    `Unknown field type "${p.type}"; it is ignored and holds no data.`,
    `Loại trường "${p.type}" không được hỗ trợ; trường này bị bỏ qua và không lưu dữ liệu.`,
  ],
  "missing-key": (p) => [`The ${p.type} field has no key.`, `Trường ${p.type} chưa có khóa (key).`],
  "bad-key": (p) => [
    `"${p.key}" is not a usable key or path (no spaces, brackets, empty segments or __proto__/constructor/prototype).`,
    `"${p.key}" không phải là khóa/đường dẫn hợp lệ (không được có khoảng trắng, ngoặc, đoạn rỗng hoặc __proto__/constructor/prototype).`,
  ],
  "missing-path": () => [
    "The dynamic list has no path.",
    "Danh sách động chưa có đường dẫn (path).",
  ],
  "duplicate-key": (p) => [
    `The data path "${p.key}" is used twice.`,
    `Đường dẫn dữ liệu "${p.key}" bị dùng hai lần.`,
  ],
  "duplicate-id": (p) => [
    `The component id "${p.id}" is used twice.`,
    `Mã thành phần "${p.id}" bị dùng hai lần.`,
  ],
  "bad-pattern": (p) => [
    `The pattern is not a valid regular expression: ${p.why}`,
    `Mẫu (pattern) không phải biểu thức chính quy hợp lệ: ${p.why}`,
  ],
  "slow-pattern": () => [
    "The pattern nests repetitions and needs lookaround or backreferences, so it runs on the backtracking engine and may be very slow.",
    "Mẫu (pattern) có lặp lồng nhau và dùng lookaround hoặc tham chiếu ngược nên phải chạy bằng bộ máy quay lui, có thể rất chậm.",
  ],
  "bad-feel": (p) => [
    `Invalid FEEL in ${p.prop}: ${p.why}`,
    `Biểu thức FEEL không hợp lệ ở ${p.prop}: ${p.why}`,
  ],
  "missing-expression": () => [
    "The expression field has no expression.",
    "Trường biểu thức chưa có biểu thức (expression).",
  ],
  "bad-subtype": (p) => [
    `Unknown datetime subtype "${p.v}".`,
    `Kiểu ngày giờ (subtype) "${p.v}" không hợp lệ.`,
  ],
  "bad-values": () => [
    "Static options must be a list of { label, value }.",
    "Danh sách lựa chọn tĩnh phải là danh sách các { label, value }.",
  ],
  "no-options": () => ["The field has no options.", "Trường chưa có danh sách lựa chọn."],
  "bad-bounds": (p) => [`${p.lo} is greater than ${p.hi}.`, `${p.lo} lớn hơn ${p.hi}.`],
};

/** English and Vietnamese sentences for a schema problem. */
export function schemaMessage(
  code: string,
  params: Params = {},
): { message: string; messageVi: string } {
  const sentence = SCHEMA[code];
  const [message, messageVi] = sentence ? sentence(params) : [code, code];
  return { message, messageVi };
}
