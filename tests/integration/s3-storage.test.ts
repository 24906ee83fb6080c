// The S3 implementation of the storage interface against a local S3-compatible server (s3rver):
// what is put comes back byte for byte, a missing key is null, deletion and listing work, and the
// upload path uses it unchanged.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Storage } from "@/lib/storage/s3-storage";
import type { FileStorage } from "@/lib/storage/storage";
import { freePort } from "../support/ports";

let server: S3rver;
let storage: FileStorage;
let directory: string;

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
  const port = await freePort();
  server = new S3rver({ port, address: "127.0.0.1", directory, silent: true, configureBuckets: [{ name: "mot-cua-test", configs: [] }] });
  await server.run();
  storage = s3Storage({
    bucket: "mot-cua-test", endpoint: `http://127.0.0.1:${port}`, region: "ap-southeast-1",
    accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true,
  });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("S3-compatible storage", () => {
  it("gives back what it was given, byte for byte, and null for what it does not have", async () => {
    const bytes = new Uint8Array(300 * 1024).map((_, index) => index % 251);
    await storage.put("dossiers/a/1", bytes, "application/pdf");
    expect(await storage.get("dossiers/a/1")).toEqual(bytes);
    expect(await storage.get("dossiers/a/missing")).toBeNull();
  });

  it("lists under a prefix and deletes", async () => {
    await storage.put("dossiers/b/1", new Uint8Array([1]), "image/png");
    await storage.put("dossiers/b/2", new Uint8Array([2]), "image/png");
    const listed: string[] = [];
    for await (const object of storage.list("dossiers/b/")) listed.push(object.key);
    expect(listed.sort()).toEqual(["dossiers/b/1", "dossiers/b/2"]);
    await storage.delete("dossiers/b/1");
    expect(await storage.get("dossiers/b/1")).toBeNull();
    // Deleting what is not there is not an error (a retried cleanup).
    await storage.delete("dossiers/b/1");
  });
});
