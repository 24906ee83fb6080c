// The storage the environment asks for (no "server-only" marker: the web server's background jobs
// build it outside Next.js too).
import path from "node:path";
import { env } from "@/lib/env";
import { localStorage } from "./local-storage";
import { s3Storage } from "./s3-storage";
import type { FileStorage } from "./storage";

export function configuredStorage(): FileStorage {
  return env.STORAGE === "s3"
    ? s3Storage({
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      })
    : localStorage(path.resolve(env.DATA_DIR, "files"));
}
