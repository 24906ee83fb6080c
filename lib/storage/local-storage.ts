import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { FileStorage, StoredObject } from "./storage";

/** Files under a folder; written to a temporary name and renamed, so a crash leaves no half file. */
export function localStorage(root: string): FileStorage {
  const resolve = (key: string) => {
    if (!/^[\w/-]+$/.test(key) || key.includes("..")) throw new Error("invalid storage key");
    return path.join(root, key);
  };
  return {
    async put(key, body) {
      const target = resolve(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.part`;
      await fs.writeFile(temporary, body);
      await fs.rename(temporary, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await fs.readFile(resolve(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true });
    },
    async *list(prefix) {
      const base = resolve(prefix.replace(/\/$/, "") || ".");
      const walk = async function* (folder: string): AsyncGenerator<StoredObject> {
        let entries;
        try {
          entries = await fs.readdir(folder, { withFileTypes: true });
        } catch {
          return;
        }
        for (const entry of entries) {
          const full = path.join(folder, entry.name);
          if (entry.isDirectory()) yield* walk(full);
          else yield { key: path.relative(root, full).split(path.sep).join("/"), modifiedAt: (await fs.stat(full)).mtime };
        }
      };
      yield* walk(base);
    },
  };
}
