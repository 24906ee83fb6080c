import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's endpoints: the identity provider's callback, session and sign-out. Our pages start
// sign-ins through server actions (lib/auth/auth-handler.ts), not through next-auth's own pages.
type RouteContext = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
