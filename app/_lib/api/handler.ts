/**
 * The one entry of `/api/v1` (STYLE.md §5: caller → zod → verb → error
 * mapping, in one wrapper). Pure of Next.js: the route file passes the
 * database, the token key and the session lookup, so the whole API runs in
 * unit tests exactly as it runs behind `next start`.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { recordTokenUse, resolveApiToken, actorKindOf } from "@/db/services/auth/api-tokens";
import { loadPrincipal } from "@/db/services/auth/principal";
import { isServiceError, ServiceError } from "@/db/services/errors";
import { anonymous, type Caller } from "./caller";
import { DEFAULT_BODY_LIMIT, type Endpoint } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import { errorResponse, json, PayloadTooLarge, readJson } from "./http";
import { openApiDocument } from "./openapi";
import type { RateLimit } from "./rate-limit";
import { makeRouter } from "./router";

export const API_PREFIX = "/api/v1";

export interface ApiDeps {
  db: Db;
  /** Signs and checks bearer tokens. */
  tokenKey: string;
  /** The signed-in user of the request's session cookie, or null. */
  sessionUser(req: Request): Promise<string | null>;
  limit: RateLimit;
  /** The product version, for the OpenAPI document. */
  version: string;
}

const openApiEndpoint = (version: string): Endpoint => ({
  method: "GET",
  path: "/openapi.json",
  tag: "meta",
  summary: "This document",
  who: "anyone",
  ok: { status: 200, description: "OpenAPI 3.1" },
  errors: [],
  handle: () => Promise.resolve({ status: 200, body: document(version) }),
});

let cachedDoc: { version: string; doc: unknown } | undefined;
function document(version: string): unknown {
  if (cachedDoc?.version !== version)
    cachedDoc = { version, doc: openApiDocument(allEndpoints(version), version) };
  return cachedDoc.doc;
}
const allEndpoints = (version: string) => [...ENDPOINTS, openApiEndpoint(version)];
const route = makeRouter(allEndpoints("router"));

/** The client address as the proxy in front reports it (first X-Forwarded-For hop). */
export function clientIp(req: Request): string {
  const fwd = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return fwd || req.headers.get("x-real-ip") || "unknown";
}

async function callerOf(req: Request, deps: ApiDeps): Promise<Caller> {
  const auth = req.headers.get("authorization");
  if (auth !== null) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    const holder = m ? await resolveApiToken(deps.db, m[1]!, deps.tokenKey) : null;
    if (!holder)
      throw new ServiceError("UNAUTHENTICATED", "the token is invalid, expired or revoked");
    if (holder.kind === "integration") return { principal: null, holder, via: "token" };
    const principal = await loadPrincipal(deps.db, holder.userId);
    if (!principal) throw new ServiceError("UNAUTHENTICATED", "the token's user is disabled");
    return { principal, holder, via: "token" };
  }
  const userId = await deps.sessionUser(req);
  const principal = userId ? await loadPrincipal(deps.db, userId) : null;
  return principal ? { principal, holder: null, via: "session" } : anonymous;
}

/** A cookie-authenticated write must come from our own pages (the token path needs no such check). */
function assertSameOrigin(req: Request, caller: Caller): void {
  if (caller.via !== "session" || req.method === "GET") return;
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (origin && host && originHost(origin) !== host)
    throw new ServiceError("FORBIDDEN", "cross-site request refused");
}

/** The host of an Origin header; null for `null` (sandboxed frames, file://) or garbage. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export async function handleApi(req: Request, deps: ApiDeps): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname.startsWith(API_PREFIX)
    ? url.pathname.slice(API_PREFIX.length)
    : url.pathname;
  const match = route(req.method, path || "/");
  if (match.kind === "none")
    return errorResponse(404, "NOT_FOUND", `no endpoint ${req.method} ${url.pathname}`);
  if (match.kind === "method")
    return errorResponse(405, "METHOD_NOT_ALLOWED", `${req.method} is not allowed here`, [], {
      allow: match.allowed.join(", "),
    });
  const { endpoint, params } = match;
  let caller: Caller = anonymous;
  let response: Response;
  try {
    caller = await callerOf(req, deps);
    const key = caller.holder
      ? `t:${caller.holder.tokenId}`
      : caller.principal
        ? `u:${caller.principal.userId}`
        : `ip:${clientIp(req)}`;
    const wait = await deps.limit.take(key);
    if (wait !== null)
      return errorResponse(429, "RATE_LIMITED", "too many requests", [], {
        "retry-after": String(wait),
      });
    assertSameOrigin(req, caller);
    const body = endpoint.body
      ? await readJson(req, endpoint.bodyLimit ?? DEFAULT_BODY_LIMIT)
      : undefined;
    const out = await endpoint.handle({
      db: deps.db,
      caller,
      params,
      query: url.searchParams,
      body,
      ip: clientIp(req),
      tokenKey: deps.tokenKey,
    });
    response = json(out.status, out.body ?? null);
  } catch (error) {
    response = failure(error, req, path);
  }
  if (caller.holder) {
    const kind = caller.principal ? actorKindOf(caller.principal.roles) : "integration";
    await recordTokenUse(deps.db, caller.holder, {
      method: req.method,
      path: url.pathname,
      status: response.status,
      actorKind: kind,
    }).catch((e: unknown) => console.error("[api] audit of token use failed", e));
  }
  return response;
}

function failure(error: unknown, req: Request, path: string): Response {
  if (isServiceError(error)) {
    const headers: Record<string, string> =
      error.code === "RATE_LIMITED" ? { "retry-after": "60" } : {};
    return errorResponse(error.status, error.code, error.message, error.details, headers);
  }
  if (error instanceof PayloadTooLarge)
    return errorResponse(413, "PAYLOAD_TOO_LARGE", error.message);
  const ref = randomUUID().slice(0, 8);
  console.error(`[api ${ref}] ${req.method} ${path}`, error);
  return errorResponse(500, "INTERNAL", `unexpected error (reference ${ref})`);
}
