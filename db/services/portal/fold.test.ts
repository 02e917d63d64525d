import { describe, expect, it } from "vitest";
import { foldVietnamese, matchesQuery } from "./fold";

describe("foldVietnamese", () => {
  it.each([
    ["Đăng ký khai sinh", "dang ky khai sinh"],
    ["Cấp Phiếu lý lịch tư pháp", "cap phieu ly lich tu phap"],
    ["  HỘ   KINH DOANH ", "ho kinh doanh"],
    // Decomposed input (as some keyboards send it) folds the same.
    ["Đăng ký".normalize("NFD"), "dang ky"],
  ])("%s → %s", (given, expected) => {
    expect(foldVietnamese(given)).toBe(expected);
  });

  it("matches every word, accents or not, in any order", () => {
    expect(matchesQuery("Đăng ký khai sinh", "khai sinh")).toBe(true);
    expect(matchesQuery("Đăng ký khai sinh", "dang ky")).toBe(true);
    expect(matchesQuery("Đăng ký khai sinh", "sinh đăng")).toBe(true);
    expect(matchesQuery("Đăng ký khai sinh", "kết hôn")).toBe(false);
    expect(matchesQuery("Đăng ký khai sinh", "  ")).toBe(true);
  });
});
