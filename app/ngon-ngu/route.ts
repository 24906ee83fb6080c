// Language switch without JavaScript: /ngon-ngu?to=en&back=/thu-tuc sets the NEXT_LOCALE cookie
// and sends the visitor back to the page they were on.
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";
import { backPathFromReferer, toSafeBackPath } from "@/lib/i18n/safe-back-path";

export const dynamic = "force-dynamic";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to");
  const back =
    toSafeBackPath(request.nextUrl.searchParams.get("back")) ??
    backPathFromReferer(request.headers.get("referer"), request.headers.get("host")) ??
    "/";
  // A relative Location is valid (RFC 9110) and keeps the visitor on whatever host they used.
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: back, "Cache-Control": "no-store" },
  });
  if (isLocale(to)) {
    response.cookies.set(LOCALE_COOKIE, to, {
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
    });
  }
  return response;
}
