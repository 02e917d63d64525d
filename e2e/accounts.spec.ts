import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "./fixtures";

// Per-test names, so the journeys never depend on each other's data.
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const ADMIN = { username: "e2e-root", password: "e2e-root-password" };

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

/**
 * next-auth answers a refused credentials POST with 401, which the browser
 * also logs: expected where a test signs in with bad credentials on purpose.
 */
function allowRefusedSignIn(problems: string[]): void {
  const keep = problems.filter(
    (p) =>
      !p.includes("/api/auth/callback/credentials") && !p.includes("status of 401 (Unauthorized)"),
  );
  problems.splice(0, problems.length, ...keep);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập" })).toBeVisible();
}

test.describe("accounts", () => {
  test("bad credentials show one clear error, for a wrong password and an unknown user alike", async ({
    page,
    problems,
  }) => {
    await signIn(page, ADMIN.username, "not-the-password");
    const alert = page.locator(".alert--error");
    await expect(alert).toHaveRole("alert");
    await expect(alert).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
    await screenshot(page, "sign-in-failed");
    await signIn(page, `nobody-${stamp()}`, "whatever-password");
    await expect(page.locator(".alert--error")).toHaveText(
      "Tên đăng nhập hoặc mật khẩu không đúng.",
    );
    allowRefusedSignIn(problems);
  });

  test("an admin creates a unit and an official; the official sees only their unit", async ({
    page,
  }) => {
    const id = stamp();
    const unit = { code: `E2E-${id}`.toUpperCase(), name: `Phường Thử Nghiệm ${id}` };
    const official = { username: `canbo.${id}`, password: "mat-khau-can-bo" };

    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId("account-name")).toHaveText(ADMIN.username);

    await page.goto("/admin/units");
    await expect(page.getByRole("heading", { level: 1, name: "Tổ chức" })).toBeVisible();
    const create = page.getByRole("region", { name: "Đơn vị mới" });
    await create.getByLabel("Mã", { exact: true }).fill(unit.code);
    await create.getByLabel("Tên", { exact: true }).fill(unit.name);
    await create.getByLabel("Cấp", { exact: true }).selectOption("commune");
    await create.getByLabel("Đơn vị cấp trên").selectOption("HN-BD");
    await create.getByRole("button", { name: "Tạo đơn vị" }).click();
    await expect(create.getByRole("status")).toHaveText("Đã tạo đơn vị.");
    await expect(
      page.getByRole("region", { name: /đơn vị hiện hành/ }).getByText(unit.name),
    ).toBeVisible();

    await page.goto("/admin/users");
    const newUser = page.getByRole("region", { name: "Tài khoản mới" });
    await newUser.getByLabel("Tên đăng nhập").fill(official.username);
    await newUser.getByLabel("Họ và tên").fill("Trần Văn Cán Bộ");
    await newUser.getByLabel("Mật khẩu").fill(official.password);
    await newUser.getByLabel("Đơn vị", { exact: true }).selectOption(unit.code);
    await newUser.getByLabel("Mã vai trò trong đơn vị").fill("reception, specialist");
    await newUser.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(newUser.getByRole("status")).toHaveText("Đã tạo tài khoản.");
    await screenshot(page, "admin-users");

    await page.goto(`/admin/audit?what=user.created&who=${ADMIN.username}`);
    await expect(page.getByRole("cell", { name: "user.created" }).first()).toBeVisible();
    await expect(page.getByText(official.username).first()).toBeVisible();
    await signOut(page);

    await signIn(page, official.username, official.password);
    await expect(page.getByTestId("account-name")).toHaveText("Trần Văn Cán Bộ");
    await page.goto("/inbox");
    const mine = page.getByRole("region", { name: "Đơn vị của tôi" });
    await expect(mine.getByTestId("my-unit")).toHaveCount(1);
    await expect(mine.getByTestId("my-unit")).toContainText(unit.code);
    await expect(mine.getByTestId("my-unit")).toContainText("Tiếp nhận, Chuyên viên");
    await screenshot(page, "official-inbox");

    // Not an admin: the admin area is refused on the server.
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Không có quyền truy cập" }),
    ).toBeVisible();
  });

  test("a citizen registers, verifies by the caught email, and signs in", async ({
    page,
    problems,
  }) => {
    const id = stamp();
    const citizen = {
      username: `congdan.${id}`,
      email: `congdan.${id}@example.vn`,
      password: "mat-khau-cong-dan",
    };
    await page.goto("/register");
    await page.getByLabel("Họ và tên").fill("Lê Thị Công Dân");
    await page.getByLabel("Địa chỉ email").fill(citizen.email);
    await page.getByLabel("Tên đăng nhập").fill(citizen.username);
    await page.getByLabel("Mật khẩu").fill(citizen.password);
    await page.getByRole("button", { name: "Đăng ký" }).click();
    await expect(page.getByRole("status")).toContainText("Đã tạo tài khoản");

    // Not verified yet: sign-in fails with the usual message.
    await signIn(page, citizen.username, citizen.password);
    await expect(page.locator(".alert--error")).toHaveText(
      "Tên đăng nhập hoặc mật khẩu không đúng.",
    );

    await page.goto("/dev/mail");
    const mail = page.getByRole("article").filter({ hasText: citizen.email }).first();
    await expect(mail).toBeVisible();
    await screenshot(page, "mail-catcher");
    const text = (await mail.locator(".mail").textContent()) ?? "";
    const link = /https?:\/\/\S+\/verify\?token=[\w%-]+/.exec(text)?.[0];
    expect(link, "verification link in the caught mail").toBeTruthy();
    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await expect(page.getByText("Địa chỉ email của bạn đã được xác nhận.")).toBeVisible();

    await signIn(page, citizen.username, citizen.password);
    await expect(page.getByTestId("account-name")).toHaveText("Lê Thị Công Dân");
    // A citizen has no inbox.
    await page.goto("/inbox");
    await expect(page).toHaveURL(/\/forbidden$/);
    allowRefusedSignIn(problems);
  });

  test("an admin sees the computed holidays and enters an announced day off, which lands in the audit log", async ({
    page,
  }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId("account-name")).toHaveText(ADMIN.username);
    await page.goto("/admin/calendar?year=2026");
    await expect(page.getByRole("heading", { level: 1, name: "Lịch nghỉ lễ 2026" })).toBeVisible();
    await expect(
      page.getByRole("cell", { name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", exact: true }),
    ).toBeVisible();
    const edit = page.getByRole("region", { name: "Ngày theo thông báo" });
    await edit.getByLabel("Ngày", { exact: true }).fill("2026-09-04");
    await edit.getByLabel("Loại").selectOption("day_off");
    await edit.getByLabel("Ghi chú").fill("Nghỉ bù Quốc khánh");
    await edit.getByRole("button", { name: "Lưu" }).click();
    await expect(edit.getByRole("status")).toHaveText("Đã lưu.");
    await expect(page.getByRole("region", { name: "Do quản trị viên nhập" })).toContainText(
      "2026-09-04",
    );
    await expect(page.getByRole("cell", { name: "2026-09-04" })).toBeVisible();
    await screenshot(page, "admin-calendar");

    await page.goto("/admin/audit?what=calendar.");
    await expect(page.getByRole("cell", { name: "calendar.day_set" }).first()).toBeVisible();
    await screenshot(page, "admin-audit");
  });

  test("sign out everywhere ends the session in another browser too", async ({ page, browser }) => {
    const other = await browser.newContext();
    const second = await other.newPage();
    try {
      await signIn(second, "designer", "demo1234");
      await expect(second.getByTestId("account-name")).toBeVisible();
      await signIn(page, "designer", "demo1234");
      await expect(page.getByTestId("account-name")).toBeVisible();
      await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
      await expect(page).toHaveURL(/\/sign-in$/);
      await second.reload();
      await expect(
        second.getByRole("banner").getByRole("link", { name: "Đăng nhập" }),
      ).toBeVisible();
      await expect(second.getByTestId("account-name")).toHaveCount(0);
    } finally {
      await other.close();
    }
  });

  test.describe("on a 375 px phone", () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    test("sign-in fits without horizontal scrolling", async ({ page }) => {
      await page.goto("/sign-in");
      await expect(page.getByLabel("Tên đăng nhập")).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, "sign-in-mobile");
    });
  });
});
