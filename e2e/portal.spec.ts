import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, screenshot, test } from "./fixtures";

/**
 * The citizen portal (issue 7) as citizens use it: find a procedure, apply
 * (bad input first), follow the dossier, answer a supplement request, pay a
 * level-4 fee in the sandbox and download the slips and the result.
 * Officials act through the public API, as the inbox's own suite covers it.
 */

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const ADMIN = { username: "e2e-root", password: "e2e-root-password" };
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function token(request: APIRequestContext, username: string, password = "demo1234") {
  const res = await request.post("/api/v1/auth/token", { data: { username, password } });
  expect(res.status(), `token for ${username}`).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function newCitizen(
  request: APIRequestContext,
): Promise<{ username: string; password: string }> {
  const id = stamp();
  const user = { username: `dan.${id}`, password: "mat-khau-cong-dan" };
  const res = await request.post("/api/v1/admin/users", {
    headers: { authorization: `Bearer ${await token(request, ADMIN.username, ADMIN.password)}` },
    data: {
      ...user,
      name: "Phạm Văn Minh",
      email: `dan.${id}@example.vn`,
      roles: ["citizen"],
      memberships: [],
    },
  });
  expect(res.status()).toBe(201);
  return user;
}

/** An official completes the open task `element` of dossier `code` over the API. */
async function complete(
  request: APIRequestContext,
  official: string,
  code: string,
  element: string,
  data: Record<string, unknown>,
): Promise<void> {
  const auth = { authorization: `Bearer ${await token(request, official)}` };
  let task: { id: string } | undefined;
  await expect
    .poll(
      async () => {
        const list = (await (await request.get("/api/v1/tasks", { headers: auth })).json()) as {
          id: string;
          dossier: string;
          element: string;
        }[];
        task = list.find((t) => t.dossier === code && t.element === element);
        return Boolean(task);
      },
      { message: `${element} open for ${official}` },
    )
    .toBe(true);
  const res = await request.post(`/api/v1/tasks/${task!.id}/complete`, {
    headers: auth,
    data: { data, idempotencyKey: `${element}-${stamp()}` },
  });
  expect(res.status(), await res.text()).toBe(200);
}

async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(user.username);
  await page.getByLabel("Mật khẩu").fill(user.password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("account-name")).toBeVisible();
}

/** No serious or critical accessibility violation on the page as it is now. */
async function accessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
    .analyze();
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

/** A PDF link answers a PDF; returns its bytes. */
async function expectPdf(page: Page, href: string): Promise<Buffer> {
  const res = await page.request.get(href);
  expect(res.status(), href).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const body = await res.body();
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
  return body;
}

async function dossierCode(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/ho-so\/[^/?]+\?moi=1$/);
  return decodeURIComponent(/\/ho-so\/([^/?]+)/.exec(page.url())![1]!);
}

/** A valid request to certify copies (chung thực bản sao), with a scanned copy attached. */
async function fillChungThuc(page: Page): Promise<void> {
  await page.getByLabel("Tỉnh/thành phố").selectOption("HN");
  await page.getByLabel("Xã/phường").selectOption("HN-BD-PX");
  await page.getByLabel("Họ, chữ đệm và tên người yêu cầu").fill("Phạm Văn Minh");
  await page.getByLabel("Số định danh cá nhân (CCCD, 12 số)").fill("001088034567");
  await page.getByLabel("Số điện thoại").fill("0903123456");
  await page.getByLabel("Tên giấy tờ, văn bản").fill("Bằng tốt nghiệp đại học");
  await page.getByLabel("Cơ quan cấp").fill("Đại học Quốc gia Hà Nội");
  await page.getByLabel("Loại giấy tờ").selectOption("van-bang");
  await page.getByLabel("Số trang của bản chính").fill("1");
  await page.getByLabel("Số bản sao cần chứng thực").fill("2");
  await page.getByRole("radio", { name: "Nhận tại Bộ phận một cửa" }).check();
  await page
    .getByLabel("Bản chụp giấy tờ (nếu có)")
    .setInputFiles({ name: "bang.pdf", mimeType: "application/pdf", buffer: PDF });
}

test.describe("citizen portal", () => {
  test("the catalogue finds procedures without accents and filters them; a service page explains the procedure", async ({
    page,
  }) => {
    await page.goto("/");
    await accessible(page);
    await screenshot(page, "portal-catalogue");
    const search = page.getByRole("search");
    await search.getByLabel("Tìm thủ tục").fill("khai sinh");
    await search.getByRole("button", { name: "Tìm" }).click();
    const results = page.getByRole("list", { name: "Danh mục thủ tục hành chính" });
    await expect(
      results.getByRole("heading", { name: "Đăng ký khai sinh", exact: true }),
    ).toBeVisible();
    await search.getByLabel("Tìm thủ tục").fill("dang ky");
    await search.getByLabel("Cấp thực hiện").selectOption("commune");
    await search.getByRole("button", { name: "Tìm" }).click();
    await expect(
      results.getByRole("heading", { name: "Đăng ký khai sinh", exact: true }),
    ).toBeVisible();
    await expect(results.getByRole("heading", { name: /hộ kinh doanh/ })).toHaveCount(0);
    await search.getByLabel("Tìm thủ tục").fill("");
    await search.getByLabel("Cấp thực hiện").selectOption("");
    await search.getByLabel("Mức độ").selectOption("3");
    await search.getByRole("button", { name: "Tìm" }).click();
    await expect(
      results.getByRole("heading", { name: "Chứng thực bản sao từ bản chính" }),
    ).toBeVisible();
    await expect(
      results.getByRole("heading", { name: "Đăng ký khai sinh", exact: true }),
    ).toHaveCount(0);
    await screenshot(page, "portal-catalogue-filtered");

    await results.getByRole("link", { name: "Chứng thực bản sao từ bản chính" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Chứng thực bản sao từ bản chính" }),
    ).toBeVisible();
    const steps = page.getByRole("region", { name: "Các bước giải quyết" });
    await expect(steps.getByRole("listitem")).toHaveCount(3);
    await expect(steps.getByRole("listitem").first()).toContainText(
      "Đối chiếu bản chính với bản sao",
    );
    await expect(steps.getByRole("listitem").first()).toContainText("Cấp xã");
    await expect(page.getByText("Nghị định 23/2015/NĐ-CP")).toBeVisible();
    await expect(page.getByRole("region", { name: "Thành phần hồ sơ" })).toContainText(
      "Bản chụp giấy tờ",
    );
    await accessible(page);
    await screenshot(page, "portal-service");

    // The same pages in English (procedure titles stay the official Vietnamese).
    await page
      .context()
      .addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL("/", page.url()).toString() }]);
    await page.reload();
    await expect(page.getByRole("region", { name: "Steps" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in to apply" })).toBeVisible();
    await page.goto("/?q=khai+sinh");
    await expect(page.getByRole("search").getByLabel("Find a procedure")).toHaveValue("khai sinh");
    await accessible(page);
    await screenshot(page, "portal-catalogue-en");
  });

  test("level 3: bad input shows errors beside the fields and creates nothing; a valid application gets its code and receipt, and is followed", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const citizen = await newCitizen(request);
    await signIn(page, citizen);
    await page.goto("/ho-so-cua-toi");
    await expect(page.getByText("Ông/Bà chưa nộp hồ sơ nào.")).toBeVisible();

    await page.goto("/");
    await page.getByRole("link", { name: "Chứng thực bản sao từ bản chính" }).click();
    await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Nộp hồ sơ/ })).toBeVisible();
    await accessible(page);
    // Bad input: a malformed id number, a missing name, a text file posing as a PDF.
    await page.getByLabel("Số định danh cá nhân (CCCD, 12 số)").fill("12345");
    await page.getByLabel("Bản chụp giấy tờ (nếu có)").setInputFiles({
      name: "ban-chup.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("#!/bin/sh\necho this is not a PDF\n"),
    });
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "trường cần sửa" })).toBeVisible();
    const idField = page.getByLabel("Số định danh cá nhân (CCCD, 12 số)");
    await expect(idField).toHaveAttribute("aria-invalid", "true");
    await expect(idField).toHaveValue("12345");
    await expect(page.locator("#field-soCccd-error")).toBeVisible();
    await expect(page.locator("#field-hoTen-error")).toBeVisible();
    await expect(page.locator("#field-banChup-error")).toContainText("Tệp không hợp lệ");
    await expect(page.locator("#jurisdiction-error")).toBeVisible();
    await accessible(page);
    await screenshot(page, "portal-apply-errors");
    await page.goto("/ho-so-cua-toi");
    await expect(page.getByText("Ông/Bà chưa nộp hồ sơ nào.")).toBeVisible();
    await expect(page.getByRole("link", { name: /Tiếp tục điền: Chứng thực/ })).toBeVisible();

    // Resume the draft and fix it.
    await page.getByRole("link", { name: /Tiếp tục điền: Chứng thực/ }).click();
    await expect(page.getByText(/Đang tiếp tục bản nháp/)).toBeVisible();
    await fillChungThuc(page);
    await page.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(page.getByRole("status")).toContainText("Đã lưu nháp");
    await expect(page.getByText("Đã tải lên: bang.pdf")).toBeVisible();
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra thông tin" })).toBeVisible();
    await expect(page.getByText("Bằng tốt nghiệp đại học")).toBeVisible();
    await expect(page.getByText("Phường Phúc Xá")).toBeVisible();
    await accessible(page);
    await screenshot(page, "portal-review");
    await page.getByRole("button", { name: "Nộp hồ sơ" }).dblclick();
    const code = await dossierCode(page);
    await expect(page.getByRole("status")).toContainText(code);
    await expect(page.getByRole("heading", { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
    await accessible(page);
    await screenshot(page, "portal-dossier-submitted");
    await expectPdf(page, `/ho-so/${encodeURIComponent(code)}/giay-to/tiep-nhan`);
    const secret = (await page.getByTestId("tracking-secret").textContent())!.trim();

    // The receipt went out by email (the outbox's email handler; the catcher in tests).
    await page.goto("/dev/mail");
    await expect(
      page.getByRole("article").filter({ hasText: `Đã tiếp nhận hồ sơ ${code}` }),
    ).toBeVisible();

    // A double click filed one dossier.
    await page.goto("/ho-so-cua-toi");
    await expect(page.getByTestId("my-dossier")).toHaveCount(1);
    await accessible(page);

    // The commune works it; the citizen follows along without signing in.
    await complete(request, "bd-px.specialist", code, "Task_Check", { decision: "approve" });
    const anonymous = await page
      .context()
      .browser()!
      .newContext({ baseURL: new URL(page.url()).origin });
    const visitor = await anonymous.newPage();
    try {
      await visitor.goto("/tra-cuu");
      await visitor.getByLabel("Mã hồ sơ").fill(code);
      await visitor.getByLabel("Mã tra cứu").fill(secret);
      await visitor.getByRole("button", { name: "Tra cứu" }).click();
      await expect(visitor.getByText("Đang thực hiện: Ký chứng thực")).toBeVisible();
      await expect(visitor.getByText("Hoàn thành: Đối chiếu bản chính với bản sao")).toBeVisible();
      await expect(visitor.getByRole("region", { name: "Tình trạng" })).toContainText(
        "Phường Phúc Xá",
      );
      await expect(visitor.getByTestId("tracking-secret")).toHaveCount(0);
      await accessible(visitor);
      await screenshot(visitor, "portal-tracking");
      const receipt = visitor.getByRole("link", { name: /Giấy tiếp nhận hồ sơ/ });
      await expectPdf(visitor, (await receipt.getAttribute("href"))!);
      await visitor.goto(`/tra-cuu?ma=${encodeURIComponent(code)}&secret=wrong`);
      await expect(
        visitor.getByRole("alert").filter({ hasText: "Không tìm thấy hồ sơ" }),
      ).toBeVisible();
    } finally {
      await anonymous.close();
    }
    await complete(request, "bd-px.leader", code, "Task_Sign", { soChungThuc: "CT-2026-0042" });
    await complete(request, "bd-px.clerk", code, "Task_Return", { phiDaThu: 4000 });
    await page.goto(`/ho-so/${encodeURIComponent(code)}`);
    await expect(page.getByRole("region", { name: "Tình trạng" })).toContainText(
      "Đã giải quyết xong",
    );
  });

  test("level 4: a supplement request is answered, the fee is paid in the sandbox, and the signed result is downloaded", async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const citizen = await newCitizen(request);
    await signIn(page, citizen);
    await page.goto("/?q=ho+kinh+doanh");
    await page.getByRole("link", { name: "Đăng ký thành lập hộ kinh doanh" }).click();
    await expect(page.getByText("Nghị định 01/2021/NĐ-CP")).toBeVisible();
    await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
    await page.getByLabel("Xã/phường").selectOption("HN-BD-PX");
    await page.getByLabel("Tên hộ kinh doanh").fill("Hộ kinh doanh Phở Bình Minh");
    await page.getByLabel("Họ, chữ đệm và tên người yêu cầu").fill("Phạm Văn Minh");
    await page.getByLabel("Số định danh cá nhân (CCCD, 12 số)").fill("001088034567");
    await page.getByLabel("Số điện thoại").fill("0903123456");
    await page.getByLabel("Thư điện tử").fill("minh.pham@example.vn");
    await page.getByLabel("Ngày sinh").fill("1988-05-12");
    await page.getByRole("radio", { name: "Nam", exact: true }).check();
    await page.getByLabel("Nơi thường trú").fill("Số 12 phố Phúc Xá, Ba Đình, Hà Nội");
    await page
      .getByLabel("Địa chỉ trụ sở hộ kinh doanh")
      .fill("Số 45 Nguyễn Trung Trực, Ba Đình, Hà Nội");
    await page.getByLabel("Ngành, nghề kinh doanh").fill("Dịch vụ ăn uống");
    await page.getByLabel("Vốn kinh doanh (đồng)").fill("150000000");
    await page
      .getByLabel("Bản sao giấy tờ pháp lý của chủ hộ")
      .setInputFiles({ name: "cccd.pdf", mimeType: "application/pdf", buffer: PDF });
    await screenshot(page, "portal-apply-level4");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra thông tin" })).toBeVisible();
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    const code = await dossierCode(page);
    const dossierUrl = `/ho-so/${encodeURIComponent(code)}`;

    // The district desk asks for one more document.
    await complete(request, "bd.reception", code, "Task_Reception", {
      decision: "supplement",
      reasons: "Bổ sung hợp đồng thuê địa điểm kinh doanh.",
    });
    await page.goto(dossierUrl);
    await expect(page.getByTestId("supplement-reasons")).toHaveText(
      "Bổ sung hợp đồng thuê địa điểm kinh doanh.",
    );
    await expectPdf(page, `${dossierUrl}/giay-to/bo-sung`);
    await accessible(page);
    await screenshot(page, "portal-supplement");
    await page
      .getByLabel("Giấy tờ bổ sung")
      .setInputFiles({ name: "hop-dong.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByLabel("Ghi chú cho cán bộ").fill("Đã bổ sung hợp đồng thuê.");
    await page.getByRole("button", { name: "Gửi bổ sung" }).click();
    await expect(page.getByRole("status")).toContainText("Đã gửi hồ sơ bổ sung");
    await expect(page.getByText("Đang thực hiện: Tiếp nhận, kiểm tra hồ sơ")).toBeVisible();

    await complete(request, "bd.reception", code, "Task_Reception", { decision: "approve" });
    await complete(request, "bd-tckh.specialist", code, "Task_Review", { decision: "approve" });
    await complete(request, "bd-tckh.leader", code, "Task_Sign", { maSoHoKinhDoanh: "01A8023456" });

    // The fee: a VietQR code, paid here in the sandbox.
    await expect
      .poll(async () => {
        await page.goto(dossierUrl);
        return page.getByTestId("vietqr").count();
      })
      .toBe(1);
    await expect(page.getByRole("region", { name: "Nộp phí, lệ phí" })).toContainText("100.000");
    await accessible(page);
    await screenshot(page, "portal-payment");
    await page.getByRole("button", { name: /Thanh toán thử/ }).click();
    await expect(page.getByRole("status")).toContainText("Đã nhận thanh toán");

    // The worker issues the electronic result.
    await expect
      .poll(
        async () => {
          await page.goto(dossierUrl);
          return page.getByRole("region", { name: "Kết quả" }).count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    const result = await expectPdf(page, `${dossierUrl}/giay-to/ket-qua`);
    // Signed with the throwaway certificate e2e/serve.ts made for the run.
    expect(result.toString("latin1")).toContain("/adbe.pkcs7.detached");
    await expectPdf(page, `${dossierUrl}/giay-to/bien-lai`);
    await page.getByLabel("Địa chỉ nhận").fill("Số 12 phố Phúc Xá, Ba Đình, Hà Nội");
    await page.getByRole("button", { name: "Nhận bản giấy qua bưu điện" }).click();
    await expect(page.getByRole("status")).toContainText(
      "Đã ghi nhận yêu cầu gửi kết quả qua bưu điện",
    );
    await accessible(page);
    await screenshot(page, "portal-result");
    await page.setViewportSize({ width: 375, height: 812 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, "portal-result-mobile");
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.goto("/ho-so-cua-toi");
    await expect(page.getByTestId("my-dossier").filter({ hasText: code })).toContainText(
      "Đã trả kết quả",
    );
    await screenshot(page, "portal-my-dossiers");

    // Another citizen cannot open it.
    const stranger = await request.get(`${dossierUrl}/giay-to/ket-qua`, {
      headers: { cookie: "" },
    });
    expect(stranger.status()).toBe(404);
  });

  test("a citizen withdraws a dossier that is still being handled", async ({ page, request }) => {
    await signIn(page, await newCitizen(request));
    await page.goto("/?q=chung+thuc");
    await page.getByRole("link", { name: "Chứng thực bản sao từ bản chính" }).click();
    await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
    await fillChungThuc(page);
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    const code = await dossierCode(page);
    await page.getByText("Rút hồ sơ", { exact: true }).click();
    await page.getByLabel("Lý do rút hồ sơ").fill("Đã nộp nhầm thủ tục.");
    await accessible(page);
    await page.getByRole("button", { name: "Tôi muốn rút hồ sơ này" }).click();
    await expect(page.getByRole("status")).toContainText("Đã rút hồ sơ.");
    await expect(page.getByRole("region", { name: "Tình trạng" })).toContainText("Đã rút hồ sơ");
    await expect(page.getByText("Rút hồ sơ", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Tiến trình" })).toContainText("Đã rút hồ sơ.");
    await screenshot(page, "portal-withdrawn");
    expect(code).toBeTruthy();
  });

  test.describe("on a 375 px phone", () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    test("the catalogue, a service page and the application form fit without horizontal scrolling", async ({
      page,
      request,
    }) => {
      const fits = async () => {
        await page.waitForLoadState("load");
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ).toBeLessThanOrEqual(0);
      };
      await page.goto("/");
      await fits();
      await screenshot(page, "portal-catalogue-mobile");
      await page.goto("/?q=khai+sinh");
      await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
      await fits();
      await screenshot(page, "portal-service-mobile");
      await signIn(page, await newCitizen(request));
      await page.goto("/?q=khai+sinh");
      await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
      await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
      await fits();
      await accessible(page);
      await screenshot(page, "portal-apply-mobile");
    });
  });
});
