import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, screenshot, screenshotDir, test } from "./fixtures";

// Demo dossiers come from the demo seed (db/seed/dossiers.ts), submitted through the real verb.
const PASSWORD = "demo1234";
const ADMIN = { username: "e2e-root", password: "e2e-root-password" };
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("account-name")).toBeVisible();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập" })).toBeVisible();
}

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A new citizen account, made by the bootstrap admin over the API. */
async function newCitizen(request: APIRequestContext): Promise<string> {
  const login = await request.post("/api/v1/auth/token", { data: ADMIN });
  const { token } = (await login.json()) as { token: string };
  const username = `dan.${stamp()}`;
  const res = await request.post("/api/v1/admin/users", {
    headers: { authorization: `Bearer ${token}` },
    data: {
      username,
      password: "mat-khau-cong-dan",
      name: "Trịnh Văn Kèm",
      email: `${username}@example.vn`,
      roles: ["citizen"],
      memberships: [],
    },
  });
  expect(res.status()).toBe(201);
  return username;
}

/** Opens the task of the dossier filed for `applicant` from a queue of the inbox. */
async function openTask(page: Page, queue: string, applicant: string): Promise<void> {
  await page.goto(`/inbox?queue=${queue}&applicant=${encodeURIComponent(applicant)}`);
  const row = page.getByTestId("inbox-row").filter({ hasText: applicant });
  await expect(row).toHaveCount(1);
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("hồ sơ");
}

/** One click, then the confirmation dialog's "Đồng ý". */
async function confirmed(page: Page, button: string): Promise<void> {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Đồng ý" }).click();
  await expect(dialog).toBeHidden();
}

async function newPage(browser: Browser, problems: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`second browser: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`second browser: ${e.message}`));
  return page;
}

test.describe("officials' inbox", () => {
  test("the commune desk claims and completes; the district land office sees it next and completes", async ({
    page,
  }) => {
    const applicant = "Hoàng Văn Nam";
    await signIn(page, "bd-px.reception");
    await page.goto("/inbox?queue=unclaimed");
    await expect(page.getByTestId("queue-unclaimed")).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("inbox-row").first()).toBeVisible();
    await expect(page.locator('[data-deadline="overdue"]').first()).toBeVisible();
    await screenshot(page, "inbox-unclaimed");

    await openTask(page, "unclaimed", applicant);
    await expect(page.getByRole("region", { name: "Tờ khai của công dân" })).toContainText(
      applicant,
    );
    await confirmed(page, "Nhận xử lý");
    await expect(page.getByTestId("action-feedback")).toHaveText("Bạn đã nhận việc này.");
    await expect(page.getByTestId("task-state")).toContainText("Đã có người nhận");

    // The server validates the task form: an empty decision is refused beside the field.
    const complete = page.getByTestId("complete");
    await complete.getByLabel("Đồng ý / hồ sơ hợp lệ").check();
    await complete
      .getByLabel("Ghi chú xử lý")
      .fill("Hồ sơ đầy đủ, chuyển Văn phòng đăng ký đất đai.");
    await screenshot(page, "inbox-task-commune");
    await confirmed(page, "Hoàn thành và chuyển bước");
    await expect(page.getByText("Đã hoàn thành bước và chuyển hồ sơ.")).toBeVisible();
    await expect(page.getByTestId("task-state")).toContainText("Đã hoàn thành");
    await page.goto("/inbox?queue=done");
    await expect(page.getByTestId("inbox-row").filter({ hasText: applicant })).toHaveCount(1);
    await signOut(page);

    await signIn(page, "bd-vpdk.specialist");
    await openTask(page, "unclaimed", applicant);
    const sheet = page.getByTestId("control-sheet");
    await expect(sheet.getByTestId("sheet-line")).toHaveCount(2);
    await expect(sheet.getByTestId("sheet-line").nth(1)).toContainText("Phường Phúc Xá");
    // The path so far on the diagram: the commune's step done, this one current, and in words.
    const diagram = page.getByTestId("path-diagram");
    await expect(diagram.locator(".djs-element.inbox-path-current").first()).toBeVisible();
    expect(await diagram.locator(".djs-shape.inbox-path-done").count()).toBeGreaterThan(1);
    expect(await diagram.locator(".djs-connection.inbox-path-done").count()).toBeGreaterThan(0);
    await expect(page.getByTestId("path-steps")).toContainText("Tiếp nhận");
    await expect(page.getByTestId("path-current")).toBeVisible();
    await diagram.scrollIntoViewIfNeeded();
    await screenshot(page, "inbox-task-path");
    await confirmed(page, "Nhận xử lý");
    await expect(page.getByTestId("task-state")).toContainText("Đã có người nhận");
    await page.getByTestId("complete").getByLabel("Đồng ý / hồ sơ hợp lệ").check();
    await confirmed(page, "Hoàn thành và chuyển bước");
    await expect(page.getByText("Đã hoàn thành bước và chuyển hồ sơ.")).toBeVisible();
    await expect(page.getByTestId("control-sheet").getByTestId("sheet-line")).toHaveCount(4);
    await screenshot(page, "inbox-task-district-done");

    // English is there too.
    await page.getByRole("button", { name: "English" }).click();
    // The switch sets the locale cookie; wait for it before navigating.
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/inbox?queue=done");
    await expect(page.getByTestId("queue-done")).toContainText("Done");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await screenshot(page, "inbox-done-en");
  });

  test("a second official racing on the same task is told plainly that someone else got there first", async ({
    page,
    browser,
    problems,
  }) => {
    const applicant = "Lê Thị Hạnh";
    const rival = { username: `canbo.${stamp()}`, password: "mat-khau-can-bo" };
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.goto("/admin/users");
    const newUser = page.getByRole("region", { name: "Tài khoản mới" });
    await newUser.getByLabel("Tên đăng nhập").fill(rival.username);
    await newUser.getByLabel("Họ và tên").fill("Đào Văn Nhanh");
    await newUser.getByLabel("Mật khẩu").fill(rival.password);
    await newUser.getByLabel("Đơn vị", { exact: true }).selectOption("HN-BD-PX");
    await newUser.getByLabel("Mã vai trò trong đơn vị").fill("reception");
    await newUser.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(newUser.getByRole("status")).toHaveText("Đã tạo tài khoản.");
    await signOut(page);

    const other = await newPage(browser, problems);
    await signIn(page, "bd-px.reception");
    await signIn(other, rival.username, rival.password);
    await openTask(page, "unclaimed", applicant);
    await openTask(other, "unclaimed", applicant);

    await confirmed(page, "Nhận xử lý");
    await expect(page.getByTestId("task-state")).toContainText("Đã có người nhận");
    // The rival still sees the button from before: pressing it must explain, not crash.
    await confirmed(other, "Nhận xử lý");
    await expect(other.getByRole("alert").filter({ hasText: "cán bộ khác" })).toHaveText(
      "Việc này vừa được cán bộ khác nhận trước bạn. Trang đã cập nhật trạng thái mới nhất.",
    );
    await expect(other.getByTestId("task-state")).toContainText("Đã có người nhận");
    await screenshot(other, "inbox-conflict");

    // And completing a task that the first official has just completed says so too.
    await page.getByTestId("complete").getByLabel("Đồng ý / hồ sơ hợp lệ").check();
    await confirmed(page, "Hoàn thành và chuyển bước");
    await expect(page.getByText("Đã hoàn thành bước và chuyển hồ sơ.")).toBeVisible();
    await other.close();
  });

  test("the desk asks for a supplement once (form 02) and the dossier waits, paused", async ({
    page,
  }) => {
    const applicant = "Phạm Minh Tuấn";
    await signIn(page, "bd-px.reception");
    await openTask(page, "unclaimed", applicant);
    const form = page.getByTestId("supplement");
    await form
      .getByLabel(/Giấy tờ, nội dung cần bổ sung/)
      .fill("Giấy chứng sinh bản chính\nCCCD của người đi khai (bản sao có chứng thực)");
    // Escape backs out of the confirmation: nothing is sent.
    await page.getByRole("button", { name: "Yêu cầu bổ sung (mẫu 02)", exact: true }).click();
    await expect(
      page.getByRole("alertdialog").getByRole("button", { name: "Đồng ý" }),
    ).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("alertdialog")).toBeHidden();
    await expect(page.getByTestId("slip-02")).toHaveCount(0);
    await confirmed(page, "Yêu cầu bổ sung (mẫu 02)");
    await expect(page.getByText("Đã gửi phiếu yêu cầu bổ sung (mẫu 02).")).toBeVisible();
    const slip = page.getByTestId("slip-02");
    await expect(slip).toContainText("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)");
    await expect(slip).toContainText("1. Giấy chứng sinh bản chính");
    await expect(slip).toContainText("2. CCCD của người đi khai (bản sao có chứng thực)");
    await expect(page.getByTestId("dossier-status")).toHaveText("Chờ bổ sung");
    await expect(page.getByTestId("supplement")).toHaveCount(0);
    await screenshot(page, "inbox-supplement-form-02");
    // Form 02 and form 05 print as A5 PDFs.
    for (const link of [
      slip.getByRole("link", { name: "In phiếu (PDF)" }),
      page.getByTestId("print-05"),
    ]) {
      const res = await page.request.get((await link.getAttribute("href"))!);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/pdf");
      const body = await res.body();
      expect(body.subarray(0, 5).toString()).toBe("%PDF-");
      writeFileSync(path.join(screenshotDir, `inbox-${res.url().split("/").pop()}.pdf`), body);
    }
    await page.goto(`/inbox?queue=paused&applicant=${encodeURIComponent(applicant)}`);
    await expect(page.getByTestId("inbox-row")).toHaveCount(1);
  });

  test("on a phone: the overdue queue reads as cards, and a late dossier gets an apology (form 04)", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "bd-px.reception");
    await page.goto("/inbox?queue=overdue");
    const row = page.getByTestId("inbox-row").filter({ hasText: "Vũ Đức Long" });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(/Quá hạn/)).toBeVisible();
    // The worker has told the unit's leaders (escalation runs when it starts, then every minute).
    await expect(row.getByTestId("escalated")).toHaveText("Đã báo lãnh đạo");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, "inbox-phone-overdue");

    await row.getByRole("link").click();
    const form = page.getByTestId("apologise");
    await form.getByLabel("Lý do chậm trễ").fill("Chờ xác minh thông tin với bệnh viện.");
    const next = new Date(Date.now() + 7 * 86_400_000);
    while ([0, 6].includes(next.getDay())) next.setDate(next.getDate() + 1);
    await form.getByLabel("Ngày hẹn trả kết quả mới").fill(next.toISOString().slice(0, 10));
    await confirmed(page, "Xin lỗi và hẹn lại (mẫu 04)");
    await expect(page.getByTestId("slip-04")).toContainText(
      "Chờ xác minh thông tin với bệnh viện.",
    );
    await expect(page.getByTestId("apologise")).toHaveCount(0);
    const taskWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(taskWidth).toBeLessThanOrEqual(390);
    await screenshot(page, "inbox-phone-task");
  });

  test("a citizen's uploaded PDF opens inline and downloads from the official's task page", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const applicant = "Trịnh Văn Kèm";
    await signIn(page, await newCitizen(request), "mat-khau-cong-dan");
    await page.goto("/");
    await page.getByRole("link", { name: "Chứng thực bản sao từ bản chính" }).click();
    await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
    await page.getByLabel("Tỉnh/thành phố").selectOption("HN");
    await page.getByLabel("Xã/phường").selectOption("HN-BD-PX");
    await page.getByLabel("Họ, chữ đệm và tên người yêu cầu").fill(applicant);
    await page.getByLabel("Số định danh cá nhân (CCCD, 12 số)").fill("001088034568");
    await page.getByLabel("Số điện thoại").fill("0903123457");
    await page.getByLabel("Tên giấy tờ, văn bản").fill("Bằng tốt nghiệp đại học");
    await page.getByLabel("Cơ quan cấp").fill("Đại học Quốc gia Hà Nội");
    await page.getByLabel("Loại giấy tờ").selectOption("van-bang");
    await page.getByLabel("Số trang của bản chính").fill("1");
    await page.getByLabel("Số bản sao cần chứng thực").fill("2");
    await page.getByRole("radio", { name: "Nhận tại Bộ phận một cửa" }).check();
    await page
      .getByLabel("Bản chụp giấy tờ (nếu có)")
      .setInputFiles({ name: "bằng tốt nghiệp.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    await expect(page).toHaveURL(/\/ho-so\/[^/?]+\?moi=1$/);
    await signOut(page);

    await signIn(page, "bd-px.specialist");
    await openTask(page, "unclaimed", applicant);
    const file = page.getByTestId("attachment").filter({ hasText: "bằng tốt nghiệp.pdf" });
    await expect(file).toBeVisible();
    await expect(
      page.getByTestId("path-diagram").locator(".djs-element.inbox-path-current").first(),
    ).toBeVisible();
    await screenshot(page, "inbox-task-attachment");
    const preview = await page.request.get(
      (await file.getByRole("link", { name: "Xem bằng tốt nghiệp.pdf" }).getAttribute("href"))!,
    );
    expect(preview.status()).toBe(200);
    expect(preview.headers()).toMatchObject({
      "content-type": "application/pdf",
      "x-content-type-options": "nosniff",
    });
    expect(preview.headers()["content-disposition"]).toMatch(/^inline; /);
    expect((await preview.body()).equals(PDF)).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      file.getByTestId("attachment-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("bằng tốt nghiệp.pdf");
    // Anything but an attachment id of this task's dossier is simply not there.
    const href = (await file.getByTestId("attachment-download").getAttribute("href"))!;
    const bad = href.replace(/attachments\/[^/?]+/, "attachments/..%2F..%2Fetc%2Fpasswd");
    expect((await page.request.get(bad)).status()).toBe(404);
  });
});
