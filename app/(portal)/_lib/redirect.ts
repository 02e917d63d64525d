import { NextResponse } from "next/server";

/**
 * A 303 to a path on this site, as a relative Location: behind a proxy the
 * request URL's host may not be the one the browser used, and the CSP's
 * `form-action 'self'` refuses a form post that redirects to another origin.
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path } });
}
