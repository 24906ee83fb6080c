// lib/env.ts parses process.env once, at import: each case stubs the environment and imports a
// fresh copy of the module.
import { afterEach, describe, expect, it, vi } from "vitest";

const SETTINGS = ["DATABASE_URL", "EMBEDDED_PG_PORT", "DATA_DIR", "PORT", "LISTEN_HOST", "PUBLIC_URL", "SKIP_SEED", "LOG_LEVEL", "OIDC_ISSUER", "LOCAL_IDENTITY_PROVIDER"];

async function loadEnvModule(values: Record<string, string> = {}) {
  vi.resetModules();
  for (const name of SETTINGS) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  return import("@/lib/env");
}

async function loadEnv(values: Record<string, string> = {}) {
  return (await loadEnvModule(values)).env;
}

afterEach(() => vi.unstubAllEnvs());

describe("the local stand-in for VNeID", () => {
  it.each([
    ["the embedded database (npm start with nothing configured)", {}, true],
    ["the tests, which ask for it", { DATABASE_URL: "postgresql://u:p@localhost/db", LOCAL_IDENTITY_PROVIDER: "1" }, true],
    ["a deployment with its own database", { DATABASE_URL: "postgresql://u:p@localhost/db" }, false],
    ["a real provider configured, even if asked", { OIDC_ISSUER: "https://vneid.example.gov.vn", LOCAL_IDENTITY_PROVIDER: "1" }, false],
  ])("%s: %s", async (_label, values, expected) => {
    expect((await loadEnvModule(values as Record<string, string>)).usesLocalIdentityProvider).toBe(expected);
  });

  it("a deployment with neither offers email codes only", async () => {
    expect((await loadEnvModule({ DATABASE_URL: "postgresql://u:p@localhost/db" })).hasIdentityProvider).toBe(false);
  });
});

describe("environment", () => {
  it("lets `npm start` run with nothing configured: embedded database, port 3000, demo seed", async () => {
    const env = await loadEnv();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      EMBEDDED_PG_PORT: 54329,
      DATA_DIR: ".data",
      PORT: 3000,
      LISTEN_HOST: "0.0.0.0",
      PUBLIC_URL: "http://localhost:3000",
      LOG_LEVEL: "info",
      SKIP_SEED: false,
      WORKDAY_MORNING_START: "08:00",
      WORKDAY_AFTERNOON_END: "17:00",
    });
  });

  it("reads numbers from their text", async () => {
    expect((await loadEnv({ PORT: "8080", EMBEDDED_PG_PORT: "60000" })).PORT).toBe(8080);
  });

  it.each([
    ["1", true],
    ["true", true],
    ["yes", true],
    ["TRUE", true],
    ["on", true],
    ["0", false],
    ["false", false],
    ["", false],
  ])("understands SKIP_SEED=%j as %s", async (value, expected) => {
    expect((await loadEnv({ SKIP_SEED: value })).SKIP_SEED).toBe(expected);
  });

  it("takes an empty DATABASE_URL (a blank line of a .env template) as unset", async () => {
    expect((await loadEnv({ DATABASE_URL: "" })).DATABASE_URL).toBeUndefined();
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["DATABASE_URL", "not a url"],
    ["LOG_LEVEL", "loud"],
    ["WORKDAY_MORNING_START", "8h"],
  ])("refuses to start with %s=%j and names the setting", async (name, value) => {
    await expect(loadEnv({ [name]: value })).rejects.toThrow(new RegExp(`Invalid environment configuration[\\s\\S]*${name}`));
  });
});
