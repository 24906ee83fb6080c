// Playwright cannot download its browsers here (no internet), so the tests use a system Chromium.
// The harness (tests/run-all.ts) and tests/playwright.config.ts share this lookup.
import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const NO_CHROMIUM_MESSAGE =
  "No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.";

/** CHROMIUM_PATH when set (and present), else the first system browser found; undefined if none. */
export function findChromium(): string | undefined {
  // The harness runs outside the app, so it reads its own settings rather than lib/env.ts.
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate));
}
