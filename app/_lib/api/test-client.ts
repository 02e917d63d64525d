/**
 * Test support for the API: the handler over a test database, callers with
 * real tokens (issued through `POST /auth/token` itself), and one call helper.
 */
import type { Db } from "@/db/client";
import { memberships, type GlobalRole } from "@/db/schema";
import { issueIntegrationToken, type IntegrationScope } from "@/db/services/auth/api-tokens";
import { loadPrincipal } from "@/db/services/auth/principal";
import { insertUser } from "@/db/services/auth/test-principals";
import { handleApi, type ApiDeps } from "./handler";
import { memoryRateLimit } from "./rate-limit";

export const TEST_TOKEN_KEY = "test-token-key-".repeat(3);

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field
  headers: Headers;
}

export function apiClient(db: Db, opts: { perMinute?: number; sessionUser?: string } = {}) {
  const deps: ApiDeps = {
    db,
    tokenKey: TEST_TOKEN_KEY,
    limit: memoryRateLimit(opts.perMinute ?? 100_000),
    version: "test",
    // Stands in for the next-auth cookie: a request with `cookie: session=1` is that user's.
    sessionUser: (req) =>
      Promise.resolve(
        opts.sessionUser && req.headers.get("cookie") === "session=1" ? opts.sessionUser : null,
      ),
  };
  async function call(
    method: string,
    path: string,
    o: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const body = o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
    if (body !== undefined) headers["content-type"] ??= "application/json";
    const res = await handleApi(
      new Request(`http://test.local/api/v1${path}`, { method, headers, body }),
      deps,
    );
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  /** A user with a password and memberships, and a token from `POST /auth/token`. */
  async function user(
    username: string,
    roles: GlobalRole[],
    ms: { unit: string; roles: string[] }[] = [],
  ): Promise<{ id: string; token: string }> {
    const id = await insertUser(db, username, roles, { password: "pass-word-1" });
    for (const m of ms)
      await db.insert(memberships).values({ userId: id, unitCode: m.unit, roles: m.roles });
    const r = await call("POST", "/auth/token", { body: { username, password: "pass-word-1" } });
    if (r.status !== 200)
      throw new Error(`token for ${username}: ${r.status} ${JSON.stringify(r.body)}`);
    return { id, token: r.body.token as string };
  }

  /** An integration token with `scopes`, issued by admin `adminId`. */
  async function integration(adminId: string, scopes: IntegrationScope[]): Promise<string> {
    const p = await loadPrincipal(db, adminId);
    return (
      await issueIntegrationToken(db, {
        actor: p,
        input: { name: "test", scopes },
        key: TEST_TOKEN_KEY,
      })
    ).token;
  }

  return { call, user, integration, deps };
}
