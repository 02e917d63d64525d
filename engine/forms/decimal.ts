/**
 * Exact decimal arithmetic for `decimalDigits` and `increment`, done on the
 * decimal text with BigInt so that 0.1 + 0.2 style binary rounding never
 * rejects a value the browser (which uses big.js) accepts.
 */

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A numeric string as form-js's number field accepts it (no exponent, no thousands separators). */
export function isNumericString(text: string): boolean {
  return text.length <= 400 && NUMERIC.test(text);
}

/** Plain decimal text for a finite number, expanding exponent notation. */
export function plain(value: number | string): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  const [mantissa = "0", expText = "0"] = s.split(/e/i);
  const exp = Number(expText);
  const negative = mantissa.startsWith("-");
  const [ip = "", fp = ""] = mantissa.replace(/^[+-]/, "").split(".");
  const digits = ip + fp;
  const point = ip.length + exp;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}

/** Digits after the point, ignoring trailing zeros (as big.js counts them). */
export function countDecimals(value: number | string): number {
  const fraction = plain(value).split(".")[1] ?? "";
  return fraction.replace(/0+$/, "").length;
}

function scaled(value: string, scale: number): bigint {
  const negative = value.startsWith("-");
  const [ip = "", fp = ""] = value.replace(/^[+-]/, "").split(".");
  const digits = BigInt((ip || "0") + fp.padEnd(scale, "0").slice(0, scale));
  return negative ? -digits : digits;
}

function unscaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const ip = digits.slice(0, digits.length - scale);
  const fp = scale > 0 ? digits.slice(digits.length - scale).replace(/0+$/, "") : "";
  const text = fp ? `${ip}.${fp}` : ip;
  return negative && text !== "0" ? `-${text}` : text;
}

/** Null when `value` is a multiple of `step`; else the two nearest multiples (big.js `mod` semantics). */
export function offStep(
  value: number | string,
  step: number | string,
): { prev: string; next: string } | null {
  const v = plain(value);
  const s = plain(step);
  const scale = Math.max(countDecimals(v), countDecimals(s));
  if (scale > 400) return null;
  const sv = scaled(v, scale);
  const ss = scaled(s, scale);
  if (ss === 0n) return null;
  const offset = sv % ss;
  if (offset === 0n) return null;
  const prev = sv - offset;
  return { prev: unscaled(prev, scale), next: unscaled(prev + ss, scale) };
}
