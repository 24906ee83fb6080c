// Entry of the history's worker thread: registers tsx (TypeScript and the tsconfig paths) in this
// thread, then runs worker.ts. Node 20 does not pass `--import` on to worker threads.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
