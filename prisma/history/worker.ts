// The generating thread: walks the dossiers and posts each batch to the main thread, which copies
// it into PostgreSQL; at most two batches wait, so memory stays bounded however large the history.
import { parentPort, workerData } from "node:worker_threads";
import { generateBatches, type HistoryOptions, type Partition } from "./generate.ts";

const { url, options, partition } = workerData as { url: string; options: HistoryOptions; partition: Partition };
const port = parentPort!;
let written = 0;
let wake: (() => void) | null = null;
port.on("message", (message: unknown) => {
  if (message === "written") {
    written += 1;
    wake?.();
  }
});

const batches = generateBatches(url, options, partition);
let sent = 0;
for (;;) {
  const next = await batches.next();
  if (next.done) {
    port.postMessage({ type: "done", summary: next.value });
    break;
  }
  // The encoded rows move to the main thread without a copy.
  port.postMessage({ type: "batch", payload: next.value }, next.value.tables.map((table) => table.bytes.buffer as ArrayBuffer));
  sent += 1;
  while (sent - written >= 2) await new Promise<void>((resolve) => (wake = resolve));
}
