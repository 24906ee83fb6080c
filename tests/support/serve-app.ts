// Child process that serves the production build the way `npm start` does (startHttpServer from
// lib/server/http-server.ts, not `next start`), so the request logging layer is exercised too.
// Usage: node --import tsx tests/support/serve-app.ts <port>   (DATABASE_URL in the environment)
import { ROOT } from "./paths.ts";

const port = Number(process.argv[2]);
const { startHttpServer } = await import("../../lib/server/http-server.ts");
const server = await startHttpServer({ dir: ROOT, dev: false, port, hostname: "127.0.0.1" });

const stop = () => void server.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
