// Steps shared by the end-to-end tests of signing in and filing.
import { expect, type Page } from "@playwright/test";

/** Signs in through the local OpenID provider (the stand-in for VNeID) as a demo resident. */
export async function signInWithIdentityProvider(page: Page, fullName: string, next = "/ho-so"): Promise<void> {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByRole("button", { name: "Đăng nhập bằng VNeID" }).click();
  await expect(page.getByRole("heading", { name: /VNeID/ })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(fullName) }).click();
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
}
