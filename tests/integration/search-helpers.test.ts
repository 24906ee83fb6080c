// The search helpers and trigger installed by the first migration, which the catalogue search needs.
import { describe, expect, it } from "vitest";
import { makeProcedure } from "../factories.ts";
import { testDb } from "../support/db.ts";

describe("database search helpers", () => {
  it("normalises Vietnamese text to lower case without diacritics", async () => {
    const [row] = await testDb.$queryRaw<{ normalized: string }[]>`
      SELECT f_search_normalize('Đăng ký khai sinh') AS normalized`;
    expect(row?.normalized).toBe("dang ky khai sinh");
  });

  it("fills a procedure's search text from its name and code on insert and on rename", async () => {
    const procedure = await makeProcedure({ name: "Thủ tục Đăng ký kết hôn có yếu tố nước ngoài" });
    expect(procedure.searchText).toBe(`dang ky ket hon co yeu to nuoc ngoai ${procedure.code} `);

    const renamed = await testDb.procedure.update({ where: { id: procedure.id }, data: { name: "Cấp bản sao trích lục", nameEn: "Copy" } });
    expect(renamed.searchText).toBe(`cap ban sao trich luc ${procedure.code} copy`);
  });
});
