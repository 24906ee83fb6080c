// A random secret kept in a file readable by its owner only (mode 0600), created on first use.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(24).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
