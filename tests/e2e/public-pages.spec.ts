import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll } from "./support";

test.describe("education pages", () => {
  test("home explains the offer and leads to the assessment", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /assessment/i }).first()).toBeVisible();
    await expectAccessible(page, "/");
  });

  test("learn covers both mechanisms, safety and references", async ({ page }) => {
    await page.goto("/learn");
    const main = page.locator("main");
    await expect(main).toContainText(/TLR4/);
    await expect(main).toContainText(/endorphin/i);
    await expect(main).toContainText(/opioid/i);
    await expect(main).toContainText(/8 to 12 weeks/);
    await expect(main.getByRole("link", { name: /10\.1007\/s10067-014-2517-2/ })).toBeVisible();
    await expect(main).toContainText(/Last reviewed/i);
    // The negative evidence is told beside the positive: the 2024 fibromyalgia trial and its source.
    await expect(main).toContainText(/no better than the placebo/);
    await expect(
      main.getByRole("link", { name: /10\.1016\/S2665-9913\(23\)00278-3/ }),
    ).toBeVisible();
    await expectAccessible(page, "/learn");
  });

  for (const path of ["/", "/learn"]) {
    test(`${path} fits a 360 px screen`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await expectNoHorizontalScroll(page);
      await expectAccessible(page, `${path} at 360 px`);
    });
  }

  test("unknown pages answer 404 with a way back", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    // The site's own header and footer (navigation, contact, emergency numbers) frame it.
    await expect(page.getByRole("banner").getByRole("link", { name: /learn/i })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("988");
    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }),
    ).toHaveAttribute("href", "/privacy");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    await expectAccessible(page, "404");
  });
});
