// For the end-to-end tests: runs an officer's step (tests/support/officer-driver.ts) in a child
// process with the "react-server" condition, against the e2e database and file folder.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./paths.ts";

const run = promisify(execFile);

/** A step is a process of its own (tsx, Prisma, the engine): minutes when other builds share the cores. */
const STEP_TIMEOUT_MS = 180_000;

/** The e2e server's files, and its address for the links the step writes (a result's verification stamp). */
const stepEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: process.env.E2E_DATA_DIR ?? ".data",
  ...(process.env.E2E_BASE_URL ? { PUBLIC_URL: process.env.E2E_BASE_URL } : {}),
});

export async function officerStep(step: "receive" | "supplement" | "payment" | "refuse" | "apologise" | "finish", dossierId: string, amount?: number): Promise<void> {
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "tests/support/officer-cli.ts"), step, dossierId, ...(amount ? [String(amount)] : [])], {
    cwd: ROOT,
    env: stepEnv(),
    timeout: STEP_TIMEOUT_MS,
  });
}

/** A dossier sent by a demo resident, made through the lifecycle commands; its id. */
export async function fileAs(email: string, procedureCode = "1.001193", agencySlug = "hn-xa-bach-mai"): Promise<string> {
  const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "tests/support/officer-cli.ts"), "file", email, procedureCode, agencySlug], {
    cwd: ROOT,
    env: stepEnv(),
    timeout: STEP_TIMEOUT_MS,
  });
  return stdout.trim().split("\n").pop()!;
}
