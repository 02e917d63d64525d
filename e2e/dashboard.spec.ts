import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "./fixtures";

// The demo seed (db/seed) submits dossiers this month, mostly in ward Phúc Xá (HN-BD-PX).
const PASSWORD = "demo1234";

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("account-name")).toBeVisible();
}

test("a supervisor sees every unit's on-time rate, worst first, against the 98 % target", async ({
  page,
}) => {
  await signIn(page, "supervisor");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Thống kê" })).toBeVisible();
  await expect(page.getByTestId("dashboard-scope")).toHaveText("Anh/chị đang xem mọi đơn vị.");
  await expect(page.getByTestId("dashboard-target")).toContainText("98");
  const table = page.getByTestId("receiving-table");
  await expect(table.locator("caption")).toContainText("theo đơn vị tiếp nhận");
  await expect(table.getByRole("columnheader", { name: "Tỷ lệ đúng hạn" })).toBeVisible();
  const ward = table.locator('[data-testid="receiving-row"][data-unit="HN-BD-PX"]');
  await expect(ward).toHaveCount(1);
  await expect(ward.getByRole("rowheader")).toContainText("Phúc Xá");
  await expect(ward.getByTestId("rate-verdict")).toHaveText(/Đạt chỉ tiêu|Dưới chỉ tiêu/);
  // Numbers are right-aligned so they can be compared down a column.
  const received = ward.locator("td.num").first();
  await expect(received).toHaveCSS("text-align", "right");
  expect(Number(await received.textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId("handling-table")).toBeVisible();
  await screenshot(page, "dashboard-supervisor");

  // The filters narrow to one unit and keep the choice in the address.
  await page.getByRole("combobox", { name: "Đơn vị", exact: true }).selectOption("HN-BD-PX");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page).toHaveURL(/unit=HN-BD-PX/);
  const units = await page
    .getByTestId("receiving-row")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-unit") ?? ""));
  expect(units.length).toBeGreaterThan(0);
  expect(units.every((u) => u.startsWith("HN-BD-PX"))).toBe(true);

  // At 375 px the page does not scroll sideways; the table scrolls in its own box.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/dashboard");
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    box: document.querySelector(".dash-table-wrap")!.scrollWidth,
    boxClient: document.querySelector(".dash-table-wrap")!.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(375);
  expect(widths.box).toBeGreaterThan(widths.boxClient);
  await screenshot(page, "dashboard-supervisor-375");

  // English is there too.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(
    page.getByTestId("receiving-table").getByRole("columnheader", { name: "On-time rate" }),
  ).toBeVisible();
});

test("a ward leader sees only the ward and the units below it", async ({ page }) => {
  await signIn(page, "bd-px.leader");
  await page.goto("/dashboard");
  await expect(page.getByTestId("dashboard-scope")).toContainText("các đơn vị mình lãnh đạo");
  const rows = page.getByTestId("receiving-row");
  await expect(rows.first()).toBeVisible();
  const units = await page
    .locator('[data-testid="receiving-row"], [data-testid="handling-row"]')
    .evaluateAll((els) => els.map((r) => r.getAttribute("data-unit") ?? ""));
  expect(units.every((u) => u.startsWith("HN-BD-PX"))).toBe(true);
  const options = await page
    .getByLabel("Đơn vị")
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(options.length).toBeGreaterThan(0);
  expect(options.every((u) => u.startsWith("HN-BD-PX"))).toBe(true);
  await screenshot(page, "dashboard-leader");

  // Another unit in the address is not shown: the leader's own units come back with a notice.
  await page.goto("/dashboard?unit=HN-BD-TB");
  await expect(page.getByText("Bộ lọc không hợp lệ")).toBeVisible();
  const after = await page
    .getByTestId("receiving-row")
    .evaluateAll((els) => els.map((r) => r.getAttribute("data-unit") ?? ""));
  expect(after.every((u) => u.startsWith("HN-BD-PX"))).toBe(true);
});

test("a citizen and an official who leads no unit are refused", async ({ page }) => {
  await signIn(page, "citizen");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/forbidden$/);
  await expect(page.getByTestId("receiving-table")).toHaveCount(0);
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập" })).toBeVisible();

  await signIn(page, "bd-px.reception");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/forbidden$/);
});
