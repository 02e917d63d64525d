/**
 * Vietnamese text folded for search: "Đăng ký" and "dang ky" compare equal.
 * The catalogue is small (tens to a few hundred procedures), so folding in
 * JS after one read is cheaper than keeping a normalised column in step.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim();
}

/** True when every word of `query` occurs in `text`, both folded. */
export function matchesQuery(text: string, query: string): boolean {
  const hay = ` ${foldVietnamese(text)} `;
  return foldVietnamese(query)
    .split(" ")
    .filter(Boolean)
    .every((word) => hay.includes(word));
}
