/**
 * Small text operations on a model's XML that do not need a full parse:
 * the process name, and renaming the process when a template is copied.
 */
const PROCESS_TAG = /<((?:[\w-]+:)?process)\b([^>]*)>/g;

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const unescapeAttr = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The `name` of the process whose id is `id`, or null. */
export function processNameOf(xml: string, id: string): string | null {
  for (const m of xml.matchAll(PROCESS_TAG)) {
    const attrs = m[2] ?? "";
    if (new RegExp(`\\bid="${escapeRegExp(id)}"`).test(attrs)) {
      const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
      return name ? unescapeAttr(name).normalize("NFC") : null;
    }
  }
  return null;
}

/** Renames process `from` to `to` (its id, its diagram reference and its name). */
export function renameProcess(xml: string, from: string, to: string, name: string): string {
  const idAttr = new RegExp(`\\bid="${escapeRegExp(from)}"`);
  let out = xml.replace(PROCESS_TAG, (whole, tag: string, attrs: string) => {
    if (!idAttr.test(attrs)) return whole;
    let next = attrs.replace(idAttr, `id="${escapeAttr(to)}"`);
    next = /\bname="[^"]*"/.test(next)
      ? next.replace(/\bname="[^"]*"/, `name="${escapeAttr(name)}"`)
      : `${next} name="${escapeAttr(name)}"`;
    return `<${tag}${next}>`;
  });
  out = out.replace(
    new RegExp(`\\bbpmnElement="${escapeRegExp(from)}"`, "g"),
    `bpmnElement="${escapeAttr(to)}"`,
  );
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
