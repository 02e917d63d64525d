/**
 * An administrator issues an integration token in /admin/tokens, another
 * system uses it against the API, and the admin revokes it (issue 9).
 */
import { expect, screenshot, test } from "./fixtures";

test("an admin issues an integration token, it works against the API, and revoking stops it", async ({
  page,
  request,
}) => {
  await page.goto("/sign-in?next=/admin/tokens");
  await page.getByLabel("Tên đăng nhập").fill("e2e-root");
  await page.getByLabel("Mật khẩu").fill("e2e-root-password");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL("**/admin/tokens");
  await expect(
    page.getByRole("heading", { name: "Khóa API cho hệ thống liên thông" }),
  ).toBeVisible();

  // The browser's session works for the API as well: the admin is known (404, not 401).
  expect((await page.request.get("/api/v1/dossiers/NO-SUCH-CODE")).status()).toBe(404);
  expect((await page.request.get("/api/v1/tasks")).status()).toBe(403);

  const name = `Cổng DVCQG ${Date.now().toString(36)}`;
  await page.getByLabel("Tên hệ thống").fill(name);
  await page.getByLabel("Đọc hồ sơ (read)").check();
  await page.getByRole("button", { name: "Cấp khóa" }).click();
  await expect(page.getByRole("status")).toContainText("Đã cấp khóa");
  const token = await page.getByLabel("Khóa vừa cấp").inputValue();
  expect(token).toMatch(/^mc_[\w-]+\.[\w-]+$/);
  await screenshot(page, "admin-tokens-issued");

  // The other system: with `read`, an unknown dossier is simply not found (not 401).
  const auth = { authorization: `Bearer ${token}` };
  expect((await request.get("/api/v1/dossiers/NO-SUCH-CODE", { headers: auth })).status()).toBe(
    404,
  );
  expect((await request.get("/api/v1/tasks", { headers: auth })).status()).toBe(403);

  page.once("dialog", (d) => void d.accept());
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: "Thu hồi" }).click();
  await expect(row.getByRole("cell", { name: "Đã thu hồi" })).toBeVisible();
  await screenshot(page, "admin-tokens-revoked");
  const refused = await request.get("/api/v1/dossiers/NO-SUCH-CODE", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
    "UNAUTHENTICATED",
  );
});
