// End-to-end tests against the production build that tests/run-all.ts serves (E2E_BASE_URL), in
// the system Chromium: Playwright cannot download its own browsers here.
import { defineConfig } from "@playwright/test";
import path from "node:path";
import { findChromium } from "./support/chromium.ts";
import { ARTIFACTS_DIR, PLAYWRIGHT_JSON } from "./support/paths.ts";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: path.join(ARTIFACTS_DIR, "playwright"),
  // Tests must not flake: a retry would hide the flake instead of fixing it.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Two cores: one for the server, one for the browsers.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000,
  globalTimeout: 15 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: PLAYWRIGHT_JSON }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Tests tagged @phone or @desktop run on that screen only; the others on both.
    {
      name: "phone",
      grepInvert: /@desktop/,
      use: { browserName: "chromium", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: "desktop", grepInvert: /@phone/, use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } },
  ],
});
