// Runs before each integration test file: every file starts from empty tables.
import { afterAll, beforeAll } from "vitest";
import { resetDatabase, testDb } from "../../support/db.ts";

beforeAll(resetDatabase);
afterAll(() => testDb.$disconnect());
