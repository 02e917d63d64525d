/**
 * Value paths (form-js splits `key` and `path` on dots) and safe access to
 * untrusted JSON: only own properties are read, and no segment may reach an
 * object's prototype, so a submission cannot pollute or read inherited state.
 */

const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);
const SEGMENT = /^[^\s.[\]]+$/u;

/** Splits a key or path on dots; null when any segment is empty, has spaces/brackets or is unsafe. */
export function splitPath(text: unknown): string[] | null {
  if (typeof text !== "string" || text === "" || text.length > 200) return null;
  const segments = text.split(".");
  for (const s of segments) if (!SEGMENT.test(s) || UNSAFE.has(s)) return null;
  return segments;
}

/** A JSON object (not an array, not null, not a class instance). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Reads an own property path; undefined when any step is missing or not an object. */
export function getPath(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const s of segments) {
    if (!isRecord(node) || !Object.hasOwn(node, s)) return undefined;
    node = node[s];
  }
  return node;
}

/** Writes along a path, creating plain objects on the way (segments come from `splitPath`). */
export function setPath(
  root: Record<string, unknown>,
  segments: readonly string[],
  value: unknown,
): void {
  let node = root;
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k] as string;
    if (UNSAFE.has(s)) return;
    if (k === segments.length - 1) {
      node[s] = value;
      return;
    }
    const next = Object.hasOwn(node, s) ? node[s] : undefined;
    if (!isRecord(next)) node[s] = {};
    node = node[s] as Record<string, unknown>;
  }
}

/** Joins an error-path prefix (`thanhVien[2]`) and segments into `thanhVien[2].ten`. */
export function joinPath(prefix: string, segments: readonly string[]): string {
  const tail = segments.join(".");
  return prefix === "" ? tail : tail === "" ? prefix : `${prefix}.${tail}`;
}
