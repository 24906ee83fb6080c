import "server-only";
import NextAuth from "next-auth";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { authOptions } from "./options";

type CookieJar = Awaited<ReturnType<typeof cookies>>;

/** Copies next-auth's Set-Cookie headers into the response of the server action. */
function keepCookies(response: Response, jar: CookieJar): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const separator = pair.indexOf("=");
    const name = pair.slice(0, separator);
    const value = decodeURIComponent(pair.slice(separator + 1));
    const options: Parameters<CookieJar["set"]>[2] = {};
    for (const attribute of attributes) {
      const [key = "", raw = ""] = attribute.split("=");
      switch (key.toLowerCase()) {
        case "path": options.path = raw; break;
        case "httponly": options.httpOnly = true; break;
        case "secure": options.secure = true; break;
        case "samesite": options.sameSite = raw.toLowerCase() as "lax" | "strict" | "none"; break;
        case "max-age": options.maxAge = Number(raw); break;
        case "expires": options.expires = new Date(raw); break;
      }
    }
    jar.set(name, value, options);
  }
}

async function call(path: string[], init: { method: "GET" } | { method: "POST"; body: Record<string, string> }, jar: CookieJar): Promise<Response> {
  const url = `${env.PUBLIC_URL}/api/auth/${path.join("/")}`;
  const request = new Request(url, {
    method: init.method,
    headers: { ...Object.fromEntries(await headers()), "content-type": "application/x-www-form-urlencoded" },
    ...(init.method === "POST" ? { body: new URLSearchParams(init.body).toString() } : {}),
  });
  // next-auth's App Router handler reads the cookies through next/headers: the browser's, plus
  // what this action has set so far.
  Object.assign(request, { nextUrl: new URL(url) });
  const response = (await NextAuth(request as never, { params: Promise.resolve({ nextauth: path }) } as never, authOptions())) as Response;
  keepCookies(response, jar);
  return response;
}

/**
 * Runs a next-auth action (sign in with a provider, verify an email code, sign out) from a server
 * action, through next-auth's own route handler: our forms post to server actions, which work
 * without JavaScript and carry Next.js's origin check, and next-auth keeps its own state, PKCE and
 * CSRF cookies. Returns where to send the browser.
 */
export async function runAuthAction(args: { action: "signin" | "callback" | "signout"; providerId?: string; body: Record<string, string> }): Promise<string> {
  const jar = await cookies();
  const csrf = (await (await call(["csrf"], { method: "GET" }, jar)).json()) as { csrfToken?: string };
  const path = args.providerId ? [args.action, args.providerId] : [args.action];
  const response = await call(path, { method: "POST", body: { ...args.body, csrfToken: csrf.csrfToken ?? "" } }, jar);
  return response.headers.get("Location") ?? "/";
}
