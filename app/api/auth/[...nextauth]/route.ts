import NextAuth from "next-auth";
import { authOptions } from "@/app/_lib/auth-options";
import { trustHostUnlessUrlSet } from "@/app/_lib/auth-host";

/** next-auth's endpoints (/api/auth/*): CSRF, credentials and OIDC callbacks, sign-out. */
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  trustHostUnlessUrlSet();
  return (NextAuth(authOptions()) as (r: Request, c: unknown) => Promise<Response>)(req, ctx);
}

export { handler as GET, handler as POST };
