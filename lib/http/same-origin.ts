/**
 * Cross-site request forgery guard for route handlers that change something (server actions have
 * Next.js's own): the browser's Origin must be this site's. Session cookies are SameSite=Lax too.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
