// Liveness: the process answers, nothing else is touched (no database, no session). A load
// balancer restarts a process that stops answering here; /api/health says whether it can serve.
// The bench also measures it as the framework's ceiling on the machine.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
