/**
 * `filepicker`. form-js keeps picked files in the browser and stores only a
 * key (`files::<id>`); our client uploads first and submits references
 * (types.ts `FileRef`). Either form is accepted: one, or an array when
 * `multiple` (boolean or FEEL). `accept` is checked against a reference
 * object's extension (`.pdf`) and MIME type (`application/pdf`, `image/*`);
 * a bare key carries no metadata, so the store checks it when it resolves
 * the upload. Only the shape is checked here.
 */
import type { FormComponent } from "../../model/types";
import { resolveWith } from "../feel-scope";
import { isRecord } from "../paths";
import { isRequired } from "../rules";
import type { FieldEnv, FieldType, FileRef, Issue, Normalized } from "../types";

/** Most files one field may hold. */
export const MAX_FILES = 50;
const ID = /^[A-Za-z0-9._:-]{1,200}$/;
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** A form-js file key (`files::abc`) or a plain upload id. */
function isKey(raw: string): boolean {
  const body = raw.startsWith("files::") ? raw.slice("files::".length) : raw;
  return /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/.test(body);
}

function toRef(raw: unknown): FileRef | string | null {
  if (typeof raw === "string") return isKey(raw) ? raw : null;
  if (!isRecord(raw)) return null;
  const { id, name, size, mime } = raw;
  if (typeof id !== "string" || !ID.test(id)) return null;
  if (typeof name !== "string" || name.trim() === "" || name.length > 255) return null;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) return null;
  if (typeof mime !== "string" || !MIME.test(mime.toLowerCase())) return null;
  return { id, name: name.normalize("NFC").trim(), size, mime: mime.toLowerCase() };
}

function normalize(raw: unknown): Normalized {
  if (raw === null || raw === undefined || raw === "") return { ok: true, value: null };
  if (!Array.isArray(raw)) {
    const ref = toRef(raw);
    return ref ? { ok: true, value: ref } : { ok: false, issue: { code: "not-file" } };
  }
  if (raw.length > MAX_FILES)
    return { ok: false, issue: { code: "too-many", params: { n: MAX_FILES } } };
  const refs: (FileRef | string)[] = [];
  for (const item of raw) {
    const ref = toRef(item);
    if (!ref) return { ok: false, issue: { code: "not-file" } };
    refs.push(ref);
  }
  return { ok: true, value: refs.length === 0 ? null : refs };
}

/** Whether a file matches an `accept` list such as `.pdf,image/*,application/zip`. */
export function accepts(accept: string, ref: FileRef): boolean {
  const tokens = accept
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== "");
  if (tokens.length === 0) return true;
  const name = ref.name.toLowerCase();
  return tokens.some((t) =>
    t.startsWith(".")
      ? name.endsWith(t)
      : t.endsWith("/*")
        ? ref.mime.startsWith(t.slice(0, -1))
        : ref.mime === t,
  );
}

function validate(value: unknown, field: FormComponent, env: FieldEnv): Issue[] {
  if (value === null || value === undefined) return isRequired(field) ? [{ code: "required" }] : [];
  const refs = Array.isArray(value) ? (value as (FileRef | string)[]) : [value as FileRef | string];
  const multiple = resolveWith(field.multiple, env) === true;
  const issues: Issue[] = [];
  if (!multiple && refs.length > 1) issues.push({ code: "single-file" });
  const accept = resolveWith(field.accept, env);
  if (
    typeof accept === "string" &&
    !refs.every((r) => typeof r === "string" || accepts(accept, r))
  ) {
    issues.push({ code: "file-type", params: { accept } });
  }
  return issues;
}

export const filepicker: FieldType = { type: "filepicker", empty: null, normalize, validate };
