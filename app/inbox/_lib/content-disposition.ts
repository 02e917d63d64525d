/**
 * `Content-Disposition` for a stored file (RFC 6266): an ASCII fallback for
 * old clients and the UTF-8 name in `filename*`, so Vietnamese file names
 * keep their accents; quotes, backslashes and control characters never reach
 * the header.
 */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
