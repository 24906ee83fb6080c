import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Reports, screenshots and server logs of test runs (git-ignored). */
export const ARTIFACTS_DIR = path.join(ROOT, "tests", ".artifacts");
/** Playwright's JSON report; tests/run-all.ts names one per run through E2E_JSON_REPORT. */
export const PLAYWRIGHT_JSON = process.env.E2E_JSON_REPORT ?? path.join(ARTIFACTS_DIR, "playwright.json");
