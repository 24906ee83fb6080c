// The web server of `npm start` / `npm run dev`: Next.js behind a plain Node HTTP server, so that
// every request gets one structured log line (method, path without query string, status, time).
import http from "node:http";
import next from "next";
import { logger } from "@/lib/log";

export type RunningServer = { close: () => Promise<void> };

export async function startHttpServer(options: {
  dir: string;
  dev: boolean;
  port: number;
  hostname: string;
}): Promise<RunningServer> {
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: options.hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    const startedAt = process.hrtime.bigint();
    response.on("finish", () => {
      const path = (request.url ?? "/").split("?")[0] ?? "/";
      if (path.startsWith("/_next/")) return;
      logger.info({
        event: "http.request",
        method: request.method,
        path,
        status: response.statusCode,
        ms: Number((process.hrtime.bigint() - startedAt) / 1000n) / 1000,
      });
    });
    handle(request, response).catch((error: unknown) => {
      logger.error({ event: "http.unhandled", err: error instanceof Error ? error.stack : String(error) });
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
