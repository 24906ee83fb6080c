import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { createPrismaClient } from "@/lib/db-client";
import { checkHealth } from "@/lib/health";
import { freePort } from "../support/ports";

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
  });

  it("reports the database down when nothing answers on its port", async () => {
    const deadPort = await freePort();
    const unreachable = createPrismaClient(`postgresql://nobody:nothing@127.0.0.1:${deadPort}/none`, 1);
    try {
      expect(await checkHealth(new Date(), unreachable)).toMatchObject({ status: "unavailable", database: "down" });
    } finally {
      await unreachable.$disconnect();
    }
  });
});
