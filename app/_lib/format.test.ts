import { describe, expect, it } from "vitest";
import { formatFee } from "./format";

// Intl puts a no-break space between amount and symbol; compare on plain spaces.
const plain = (s: string | null) => s?.replace(/\u00a0/g, " ") ?? null;

describe("formatFee", () => {
  it.each([
    [50_000, "vi", "50.000 ₫"],
    [200_000, "vi", "200.000 ₫"],
    [2_000, "vi", "2.000 ₫"],
    [50_000, "en", "₫50,000"],
  ])("formats %d in %s as %s", (fee, locale, expected) => {
    expect(plain(formatFee(fee, locale))).toBe(expected);
  });

  it("gives null for a free procedure, so the caller shows its own word", () => {
    expect(formatFee(0, "vi")).toBeNull();
  });
});
