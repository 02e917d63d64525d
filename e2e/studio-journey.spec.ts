/**
 * Issue 6's journey, clicked through as people do it: a designer builds a
 * commune → district procedure from scratch, fixes what the problems panel
 * shows, tries it, publishes it; then a citizen finds it in the catalogue.
 */
import type { Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, screenshot, test } from "./fixtures";

// Fail a step in seconds, not at the end of the whole journey's time.
test.use({ actionTimeout: 15_000 });

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function signInAsDesigner(page: Page): Promise<void> {
  await page.goto("/sign-in?next=%2Fstudio");
  await page.getByLabel("Tên đăng nhập").fill("designer");
  await page.getByLabel("Mật khẩu").fill("demo1234");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Thủ tục", exact: true })).toBeVisible();
}

const shape = (page: Page, id: string) => page.locator(`.djs-element[data-element-id="${id}"]`);

/** A click on the diagram's background: finishes label editing and clears the selection. */
async function emptyCanvas(page: Page): Promise<void> {
  await page
    .locator(".djs-container svg")
    .first()
    .click({ position: { x: 500, y: 430 } });
}

/** Presses a context-pad entry of the selected shape, by its (translated) title. */
async function contextPad(page: Page, title: string): Promise<void> {
  await page.locator(`.djs-context-pad .entry[title="${title}"]`).click();
}

/** Drags a form-js palette entry onto the form being edited (dragula follows the mouse). */
async function dragField(page: Page, entry: Locator, target: Locator): Promise<void> {
  const from = await entry.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("palette entry or form not visible");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 15 });
  await page.mouse.up();
}

test("a designer builds, checks, tries and publishes a commune → district procedure; a citizen finds it", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const id = `XacNhan_${stamp()}`;
  const name = `Xác nhận thử nghiệm ${id.slice(8)}`;
  const formId = "to-khai-xac-nhan";
  const panel = page.locator(".studio-properties");
  const group = (groupId: string) => panel.locator(`[data-group-id="group-${groupId}"]`);

  // 1. A new procedure from scratch (the blank template: start → reception at the commune → end).
  await signInAsDesigner(page);
  await page.getByLabel("Mã quy trình (BPMN process id)").fill(id);
  await page.getByLabel("Tên thủ tục").fill(name);
  await expect(page.getByLabel("Mẫu")).toHaveValue("blank");
  await page.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/${id}$`));
  await page.getByLabel("Mã thủ tục").fill("1.009999");
  await page.getByLabel("Lệ phí (VNĐ)").fill("20000");
  await expect(page.getByText(/Đã lưu \(bản [2-9]\)/)).toBeVisible({ timeout: 10_000 });
  await screenshot(page, "journey-01-created");

  // 2. The start form, in the form-js editor: one required text field.
  await page.getByRole("tab", { name: "Biểu mẫu" }).click();
  await page.getByLabel("Mã biểu mẫu mới").fill(formId);
  await page.getByRole("button", { name: "Thêm biểu mẫu" }).click();
  const formEditor = page.locator(".fjs-editor-container");
  await expect(
    formEditor.getByText("Kéo thả thành phần vào đây để bắt đầu thiết kế."),
  ).toBeVisible();
  await screenshot(page, "journey-02-form-empty");
  await dragField(
    page,
    formEditor.locator('.fjs-palette-field[data-field-type="textfield"]'),
    formEditor.locator(".fjs-form").first(),
  );
  await expect(formEditor.locator(".fjs-form .fjs-form-field-textfield")).toBeVisible();
  const fieldProps = formEditor.locator(".fjs-properties-container");
  await expect(fieldProps.getByText("Ô nhập văn bản").first()).toBeVisible();
  await fieldProps.getByText("Chung", { exact: true }).click();
  await fieldProps.locator('[data-entry-id="label"] [contenteditable="true"]').click();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("Họ và tên người yêu cầu");
  await fieldProps.getByLabel("Khoá (tên biến)").fill("hoTen");
  await fieldProps.getByText("Kiểm tra dữ liệu", { exact: true }).click();
  await fieldProps.getByLabel("Bắt buộc").check();
  const preview = page.getByRole("region", { name: "Xem trước" });
  await expect(preview.getByText("Họ và tên người yêu cầu")).toBeVisible();
  await screenshot(page, "journey-03-form-field");

  // 3. The start event takes the form; reception stays at the commune.
  await page.getByRole("tab", { name: "Quy trình" }).click();
  await shape(page, "StartEvent_Submitted").click();
  await group("motcua-form").getByLabel("Biểu mẫu").selectOption(formId);
  await shape(page, "Task_Reception").click();
  await group("motcua-step").getByLabel("Cấp xử lý").selectOption("commune");
  await expect(group("motcua-step").getByLabel(/Vai trò được giao/)).toHaveValue("reception");

  // 4. A district step after it: drop the end, append a task, make it a user task, end again.
  await shape(page, "EndEvent_Done").click();
  await contextPad(page, "Xoá");
  await shape(page, "Task_Reception").click();
  await contextPad(page, "Nối nhiệm vụ");
  const labelEditor = page.locator(".djs-direct-editing-parent");
  await expect(labelEditor).toBeVisible();
  await page.keyboard.type("Thẩm định ở huyện");
  await emptyCanvas(page);
  await expect(labelEditor).toBeHidden();
  const appended = page.locator('.djs-shape[data-element-id^="Activity_"]');
  await appended.click();
  await screenshot(page, "journey-04-appended");
  await contextPad(page, "Đổi loại phần tử");
  await page.locator(".djs-popup").getByText("Nhiệm vụ người dùng", { exact: true }).click();
  // The replaced element stays selected, with its context pad open.
  const replaced = page.locator('.djs-shape.selected[data-element-id^="Activity_"]');
  await expect(replaced).toBeVisible();
  const districtId = await replaced.getAttribute("data-element-id");
  if (!districtId) throw new Error("no appended task");
  await contextPad(page, "Nối sự kiện kết thúc");
  await expect(labelEditor).toBeVisible();
  await page.keyboard.type("Trả kết quả");
  await emptyCanvas(page);
  await expect(labelEditor).toBeHidden();
  await screenshot(page, "journey-05-route-drawn");

  // 5. The problems panel: the new step has no tier and no roles; a click selects it.
  const problem = page.getByRole("button", { name: new RegExp(`Chọn ${districtId} trên sơ đồ`) });
  await expect(problem.first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/thiếu thuộc tính "tier"/)).toBeVisible();
  await screenshot(page, "journey-06-problems");
  await problem.first().click();
  await expect(
    page.locator(`.djs-element.selected[data-element-id="${districtId}"]`),
  ).toBeVisible();
  await expect(group("motcua-step")).toBeVisible();
  await screenshot(page, "journey-07-problem-selected");

  // 6. Fixed through our entries: district tier, the specialist role.
  await group("motcua-step").getByLabel("Cấp xử lý").selectOption("district");
  await group("motcua-step")
    .getByLabel(/Vai trò được giao/)
    .fill("specialist");
  await group("motcua-step").getByLabel("Thời gian của bước (ngày làm việc)").fill("3");
  await expect(
    page.getByRole("status").filter({ hasText: /Không có vấn đề nào|^0 lỗi/ }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/Đã lưu \(bản \d+\)/)).toBeVisible({ timeout: 10_000 });
  await screenshot(page, "journey-08-fixed");

  // 7. Try it: without the required field the start is rejected; with it, both tiers pass.
  await page.getByRole("tab", { name: "Chạy thử" }).click();
  const steps = page.getByRole("group", { name: "Các bước" });
  await expect(steps.getByLabel("Hoàn thành")).toHaveCount(2);
  await expect(steps.getByLabel("Hoàn thành").nth(0)).toHaveValue("Task_Reception");
  await expect(steps.getByLabel("Hoàn thành").nth(1)).toHaveValue(districtId);
  await page.getByRole("button", { name: "Chạy thử", exact: true }).click();
  await expect(page.getByText("Không đạt")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Trạng thái: rejected")).toBeVisible();
  await page.getByLabel("Dữ liệu nộp hồ sơ (JSON)").fill('{ "hoTen": "Nguyễn Văn An" }');
  await page.getByRole("button", { name: "Chạy thử", exact: true }).click();
  await expect(page.getByText("Đạt: mọi bước đều được áp dụng")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Trạng thái: completed")).toBeVisible();
  for (const el of ["Task_Reception", districtId])
    await expect(page.locator(`.djs-element.studio-path[data-element-id="${el}"]`)).toBeVisible();
  await screenshot(page, "journey-09-try-it-pass");

  // 8. The scenario to a file and back; a broken file is refused, naming what is wrong.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lưu kịch bản thành tệp" }).click();
  const saved = readFileSync(await (await downloading).path(), "utf8");
  const scenario = JSON.parse(saved) as { data: unknown; steps: unknown[]; jurisdiction: string };
  expect(scenario.data).toEqual({ hoTen: "Nguyễn Văn An" });
  expect(scenario.steps).toEqual([
    { complete: "Task_Reception", data: {} },
    { complete: districtId, data: {} },
  ]);
  const scenarioInput = page
    .getByLabel("Mở tệp kịch bản…", { exact: true })
    .and(page.locator("input"));
  await scenarioInput.setInputFiles({
    name: "hong.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...scenario, steps: [{ wait: "3 ngày" }] })),
  });
  const refused = page.getByRole("alert").filter({ hasText: "Không nạp được hong.json" });
  await expect(refused).toContainText("steps[0].wait: phải là khoảng thời gian ISO 8601");
  await screenshot(page, "journey-10-scenario-file-refused");
  await scenarioInput.setInputFiles({
    name: "ho-so-day-du.json",
    mimeType: "application/json",
    buffer: Buffer.from(saved),
  });
  await expect(page.getByText("Đã nạp 2 bước từ ho-so-day-du.json.")).toBeVisible();
  await page.getByRole("button", { name: "Chạy thử", exact: true }).click();
  await expect(page.getByText("Đạt: mọi bước đều được áp dụng")).toBeVisible({ timeout: 15_000 });

  // 9. Publish with a note; the versions tab shows it.
  await page.getByRole("button", { name: "Xuất bản", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Xuất bản phiên bản mới" });
  await dialog
    .getByLabel("Ghi chú phiên bản (không bắt buộc)")
    .fill("Tiếp nhận ở xã, thẩm định ở huyện.");
  await screenshot(page, "journey-11-publish-note");
  await dialog.getByRole("button", { name: "Xuất bản phiên bản" }).click();
  await expect(page.getByText("Đã xuất bản phiên bản 1.")).toBeVisible({ timeout: 15_000 });
  await expect(dialog).toBeHidden();
  await page.getByRole("tab", { name: "Phiên bản" }).click();
  await expect(page.getByText("Ghi chú: Tiếp nhận ở xã, thẩm định ở huyện.")).toBeVisible();
  await screenshot(page, "journey-12-published");

  // 10. A citizen (anonymous) finds it in the catalogue by its name.
  const visitor = await browser.newPage();
  await visitor.goto("/");
  const card = visitor.getByRole("article", { name });
  await card.scrollIntoViewIfNeeded();
  await expect(card).toBeVisible();
  await expect(card.getByText("1.009999")).toBeVisible();
  // Typed right after the code: an edit the panel still held when the code was saved survives.
  await expect(card.getByText("20.000 ₫")).toBeVisible();
  await screenshot(visitor, "journey-13-catalogue");
  await visitor.close();
});
