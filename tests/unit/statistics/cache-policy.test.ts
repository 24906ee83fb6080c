import { describe, expect, it } from "vitest";
import { statisticsCachePolicy } from "@/lib/statistics/cache-policy";

describe("how long a statistics view may be cached", () => {
  it("an open period a minute, a closed one a day, each with its tag", () => {
    expect(statisticsCachePolicy({ isOpen: true })).toEqual({ tags: ["statistics", "statistics:open"], revalidateSeconds: 60 });
    expect(statisticsCachePolicy({ isOpen: false })).toEqual({ tags: ["statistics", "statistics:closed"], revalidateSeconds: 86_400 });
  });
});
