import { expect, screenshot, test } from "./fixtures";

test.describe("app shell smoke", () => {
  test("home shows the procedure catalogue in Vietnamese with the self-hosted font", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(
      page.getByRole("heading", { level: 1, name: "Dịch vụ công trực tuyến" }),
    ).toBeVisible();
    const catalogue = page.getByRole("region", { name: "Danh mục thủ tục hành chính" });
    await expect(catalogue).toBeVisible();
    await expect(
      catalogue.getByRole("heading", { level: 3, name: "Đăng ký khai sinh", exact: true }),
    ).toBeVisible();
    // The level badge on a service card (the filter's options say the same words).
    await expect(
      catalogue
        .getByRole("article")
        .getByText(/Mức độ [34] \/ (Một phần|Toàn trình)/)
        .first(),
    ).toBeVisible();

    const banner = page.getByRole("banner");
    await expect(banner.getByText("Một Cửa", { exact: true })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    for (const label of ["Dịch vụ công", "Hộp việc", "Studio", "Quản trị", "Thống kê"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    await expect(nav.getByRole("link", { name: "Dịch vụ công" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    const loadedFonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((f) => f.status === "loaded")
        .map((f) => f.family.replace(/"/g, ""));
    });
    expect(loadedFonts).toContain("Be Vietnam Pro");
    await screenshot(page, "desktop-vi");
  });

  test("the language switch changes to English and back, and the choice persists", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(
      page.getByRole("heading", { level: 1, name: "Online public services" }),
    ).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    for (const label of ["Public services", "Inbox", "Studio", "Administration", "Dashboard"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    await expect(page).toHaveTitle(/Online public services/);

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(
      page.getByRole("heading", { level: 1, name: "Online public services" }),
    ).toBeVisible();
    await screenshot(page, "desktop-en");

    // The inbox is for signed-in officials: an anonymous visitor is sent to sign in first.
    await page.getByRole("link", { name: "Inbox" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("keyboard: the skip link comes first and the nav is reachable by Tab", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Chuyển đến nội dung chính" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();

    await page.goto("/");
    const inbox = page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Hộp việc" });
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      if (await inbox.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(inbox).toBeFocused();
    await screenshot(page, "keyboard-focus");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Finbox$/);
    await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  });

  test("every area has its page (the inbox, administration and dashboard after sign-in)", async ({
    page,
  }) => {
    for (const [path, title] of [
      ["/inbox", "Đăng nhập"],
      ["/studio", "Studio"],
      ["/admin", "Đăng nhập"],
      ["/dashboard", "Đăng nhập"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    }
  });

  test.describe("on a 375 px phone", () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test("the nav collapses behind a menu button", async ({ page }) => {
      await page.goto("/");
      const toggle = page.getByRole("button", { name: "Danh mục" });
      const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
      await expect(toggle).toBeVisible();
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await expect(nav.getByRole("link", { name: "Thống kê" })).toBeHidden();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, "no horizontal scrolling at 375 px").toBeLessThanOrEqual(0);
      await screenshot(page, "mobile-vi");

      await toggle.tap();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(nav.getByRole("link", { name: "Thống kê" })).toBeVisible();
      await screenshot(page, "mobile-vi-menu");
      await nav.getByRole("link", { name: "Thống kê" }).tap();
      // The dashboard is for leaders: an anonymous visitor is asked to sign in.
      await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard$/);
      await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
    });
  });
});
