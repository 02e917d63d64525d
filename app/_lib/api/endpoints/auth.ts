/** `POST /auth/token`: a short-lived bearer token for a username and password. */
import { issueUserToken, revokeOwnToken } from "@/db/services/auth/api-tokens";
import { ServiceError } from "@/db/services/errors";
import { Credentials } from "@/db/services/auth/verify-credentials";
import type { Endpoint } from "../endpoint";
import { TokenAnswer } from "../schemas";

export const authEndpoints: Endpoint[] = [
  {
    method: "POST",
    path: "/auth/token",
    tag: "auth",
    summary: "Exchange a username and password for a bearer token (one hour)",
    who: "anyone",
    body: Credentials,
    bodyLimit: 4096,
    ok: { status: 200, description: "The token and when it expires", schema: TokenAnswer },
    errors: [401, 429],
    async handle({ db, body, ip, tokenKey }) {
      return { status: 200, body: await issueUserToken(db, { input: body, ip, key: tokenKey }) };
    },
  },
  {
    method: "DELETE",
    path: "/auth/token",
    tag: "auth",
    summary: "End the bearer token of this request (sign out of the API)",
    who: "any token holder",
    ok: { status: 204, description: "The token no longer works" },
    errors: [],
    async handle({ db, caller }) {
      if (!caller.holder) throw new ServiceError("UNAUTHENTICATED", "this needs a bearer token");
      await revokeOwnToken(db, caller.holder);
      return { status: 204 };
    },
  },
];
