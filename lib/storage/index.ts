import "server-only";
import { configuredStorage } from "./configured";
import type { FileStorage } from "./storage";

export { dossierFileKey, type FileStorage } from "./storage";

let instance: FileStorage | undefined;

/** The configured storage of this process. */
export function storage(): FileStorage {
  instance ??= configuredStorage();
  return instance;
}
