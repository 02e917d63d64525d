import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, screenshot, test } from "./fixtures";

/** The seeded demo designer (demo data only). */
async function signInAsDesigner(page: Page): Promise<void> {
  await page.goto("/sign-in?next=%2Fstudio");
  await page.getByLabel("Tên đăng nhập").fill("designer");
  await page.getByLabel("Mật khẩu").fill("demo1234");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Thủ tục", exact: true })).toBeVisible();
}

async function createDraft(
  page: Page,
  prefix: string,
  name: string,
  template?: string,
): Promise<string> {
  const id = uniqueId(prefix);
  await page.goto("/studio");
  await page.getByLabel("Mã quy trình (BPMN process id)").fill(id);
  await page.getByLabel("Tên thủ tục").fill(name);
  if (template) await page.getByLabel("Mẫu").selectOption(template);
  await page.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/${id}$`));
  await expect(page.getByText("Thủ tục (Một Cửa)")).toBeVisible();
  return id;
}

const uniqueId = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("anonymous visitors are asked to sign in, and a draft's page sends them to sign-in", async ({
  page,
}) => {
  await page.goto("/studio");
  await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
  await expect(page.getByText("Vui lòng đăng nhập bằng tài khoản người thiết kế")).toBeVisible();
  await expect(page.getByRole("button", { name: "Tạo bản nháp" })).toHaveCount(0);
  await page.goto("/studio/Process_DangKyKhaiSinh");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstudio%2FProcess_DangKyKhaiSinh$/);
});

test.describe("studio", () => {
  test.beforeEach(async ({ page }) => signInAsDesigner(page));

  test("lists the shipped procedures and creates a draft from a template", async ({ page }) => {
    await page.goto("/studio");
    await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
    const list = page.getByRole("list").filter({ hasText: "Đăng ký khai sinh" }).first();
    await expect(list.getByRole("link", { name: "Đăng ký khai sinh", exact: true })).toBeVisible();
    await expect(list.getByText("Đã xuất bản phiên bản 1").first()).toBeVisible();
    await screenshot(page, "studio-list");

    await createDraft(page, "KhaiSinh", "Đăng ký khai sinh (bản thử)", "Process_DangKyKhaiSinh");
    await expect(page.locator(".djs-container")).toBeVisible();
    await expect(
      page.locator('[data-element-id="Task_Reception"], .djs-element').first(),
    ).toBeVisible();
    // The process is shown in the panel with our friendly group on top.
    await expect(page.getByText("Thủ tục (Một Cửa)")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Vấn đề/ })).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: /Không có vấn đề nào|lỗi, .* cảnh báo/ }),
    ).toBeVisible({ timeout: 15_000 });
    await screenshot(page, "studio-modeler");
  });

  test("edits process properties, autosaves, and warns a second designer of a conflict", async ({
    page,
    browser,
  }) => {
    const id = await createDraft(page, "Blank", "Thủ tục trống");

    // A second designer opens the same draft.
    const other = await browser.newPage();
    await signInAsDesigner(other);
    await other.goto(`/studio/${id}`);
    await expect(other.getByText("Thủ tục (Một Cửa)")).toBeVisible();

    // The first edits the procedure code; it is written as a zeebe:property and autosaved.
    await page.getByLabel("Mã thủ tục").fill("1.999999");
    await expect(page.getByText("Đã lưu (bản 2)")).toBeVisible({ timeout: 10_000 });
    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await expect(page.getByLabel("Mã thủ tục")).toHaveValue("");
    await page.getByRole("button", { name: "Làm lại" }).click();
    await expect(page.getByLabel("Mã thủ tục")).toHaveValue("1.999999");
    await expect(page.getByText(/Đã lưu \(bản [34]\)/)).toBeVisible({ timeout: 10_000 });

    // The second, still on revision 1, is warned instead of overwriting.
    await other.getByLabel("Lệ phí (VNĐ)").fill("50000");
    await expect(
      other.getByRole("alert").filter({ hasText: "Bản nháp đã được người khác lưu" }),
    ).toBeVisible({ timeout: 10_000 });
    await screenshot(other, "studio-conflict");
    await other.close();

    // Try it: the blank model's one task, completed, ends the dossier.
    await page.getByRole("tab", { name: "Chạy thử" }).click();
    await page.getByRole("button", { name: "Chạy thử", exact: true }).click();
    await expect(page.getByText("Đạt: mọi bước đều được áp dụng")).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText("Trạng thái: completed")).toBeVisible();
    await expect(page.locator(".djs-element.studio-path").first()).toBeVisible();
    await screenshot(page, "studio-try-it");

    // Forms: add one, the form-js editor and the preview appear.
    await page.getByRole("tab", { name: "Biểu mẫu" }).click();
    await page.getByLabel("Mã biểu mẫu mới").fill("to-khai");
    await page.getByRole("button", { name: "Thêm biểu mẫu" }).click();
    await expect(page.locator(".fjs-editor-container")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Xem trước" })).toBeVisible();
    await screenshot(page, "studio-forms");
  });

  test("a problem in the list selects its element on the diagram", async ({ page }) => {
    await createDraft(page, "Problem", "Thủ tục có lỗi");
    // Unset the task's tier: the engine cannot route it.
    await page.locator('.djs-element[data-element-id="Task_Reception"]').click();
    await expect(page.getByText("Bước xử lý (Một Cửa)")).toBeVisible();
    await page.getByLabel("Cấp xử lý").selectOption("");
    const problem = page.getByRole("button", { name: /Task_Reception/ }).first();
    await expect(problem).toBeVisible({ timeout: 15_000 });
    await page.locator(".djs-container").click({ position: { x: 5, y: 5 } });
    await problem.click();
    await expect(
      page.locator('.djs-element.selected[data-element-id="Task_Reception"]'),
    ).toBeVisible();
    await screenshot(page, "studio-problems");
  });

  test("exports zeebe properties, publishes, and diffs the draft against the published version", async ({
    page,
  }) => {
    const id = await createDraft(page, "Publish", "Thủ tục xuất bản thử");
    await page.getByLabel("Mã thủ tục").fill("9.000001");
    await expect(page.getByText("Đã lưu (bản 2)")).toBeVisible({ timeout: 10_000 });

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Xuất .bpmn" }).click();
    const file = await (await downloading).path();
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain(`<bpmn:process id="${id}"`);
    expect(xml).toContain('<zeebe:property name="code" value="9.000001" />');
    expect(xml).toContain('<zeebe:assignmentDefinition candidateGroups="reception" />');

    await page.getByRole("button", { name: "Xuất bản", exact: true }).click();
    await page
      .getByRole("dialog", { name: "Xuất bản phiên bản mới" })
      .getByRole("button", { name: "Xuất bản phiên bản" })
      .click();
    await expect(page.getByText("Đã xuất bản phiên bản 1.")).toBeVisible({ timeout: 15_000 });

    // After publishing, the page lists version 1; the draft differs from it once edited.
    await page.reload();
    await expect(page.getByText("Thủ tục (Một Cửa)")).toBeVisible();
    await page.locator('.djs-element[data-element-id="Task_Reception"]').click();
    await page.getByLabel("Thời gian của bước (ngày làm việc)").fill("2");
    await expect(page.getByText("Đã lưu (bản 4)")).toBeVisible({ timeout: 10_000 });
    await page.getByRole("tab", { name: "Phiên bản" }).click();
    await page.getByRole("button", { name: "So sánh bản nháp với phiên bản 1" }).click();
    await expect(page.getByText(/Đã sửa: [1-9]/)).toBeVisible();
    await expect(page.locator(".djs-element.diff-changed").first()).toBeVisible();
    await screenshot(page, "studio-versions");

    await page.goto("/studio");
    const row = page.getByRole("listitem").filter({ hasText: id });
    await expect(row.getByText("Đã xuất bản phiên bản 1")).toBeVisible();
    await expect(row.getByText("Bản nháp")).toBeVisible();
  });

  test("imports a model without layout (laid out, keeps the draft's id) and undoes by keyboard", async ({
    page,
  }) => {
    const id = await createDraft(page, "Import", "Thủ tục nhập tệp");
    const noLayout = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Generated" name="Sinh tự động" isExecutable="true">
    <bpmn:startEvent id="S"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="T_Check" name="Kiểm tra">
      <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="specialist" />
        <zeebe:properties><zeebe:property name="tier" value="district" /></zeebe:properties></bpmn:extensionElements>
      <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="E"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T_Check" />
    <bpmn:sequenceFlow id="F2" sourceRef="T_Check" targetRef="E" />
  </bpmn:process>
</bpmn:definitions>`;
    await page.locator('input[type="file"]').setInputFiles({
      name: "generated.bpmn",
      mimeType: "application/xml",
      buffer: Buffer.from(noLayout),
    });
    await expect(
      page.getByText("Mô hình không có bố cục sơ đồ; đã tự động sắp xếp."),
    ).toBeVisible();
    await expect(page.locator('.djs-element[data-element-id="T_Check"]')).toBeVisible();
    await expect(page.getByText("Đã lưu (bản 2)")).toBeVisible({ timeout: 10_000 });

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Xuất .bpmn" }).click();
    const xml = readFileSync(await (await downloading).path(), "utf8");
    expect(xml).toContain(`<bpmn:process id="${id}"`);
    expect(xml).toContain('bpmnElement="T_Check"');

    // Keyboard: edit the task's step time, then Ctrl+Z on the focused canvas undoes it.
    await page.locator('.djs-element[data-element-id="T_Check"]').click();
    await page.getByLabel("Thời gian của bước (ngày làm việc)").fill("3");
    await expect(page.getByText("Có thay đổi chưa lưu")).toBeVisible();
    await page.locator('.djs-element[data-element-id="T_Check"]').click();
    await page.keyboard.press("Control+z");
    await page.locator('.djs-element[data-element-id="T_Check"]').click();
    await expect(page.getByLabel("Thời gian của bước (ngày làm việc)")).toHaveValue("");
    await screenshot(page, "studio-import");
  });
});
