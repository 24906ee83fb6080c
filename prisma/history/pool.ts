// The history's connections to PostgreSQL. A `date` column is read as its "yyyy-mm-dd" text: node-
// postgres would otherwise make it midnight in the server process's time zone, a day early once
// formatted in UTC on a machine set to Vietnam's time.
import pg from "pg";

const DATE_OID = 1082;

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function historyPool(url: string, max = 2): pg.Pool {
  return new pg.Pool({ connectionString: url, max, types });
}
