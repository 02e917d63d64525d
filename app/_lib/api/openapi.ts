/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the endpoint table
 * and its zod schemas (the verbs' own for request bodies), never written by
 * hand: what is served is what is validated.
 */
import { z } from "zod";
import type { Endpoint } from "./endpoint";
import { ErrorBody } from "./schemas";

const REASONS: Record<number, string> = {
  401: "UNAUTHENTICATED: no valid token or session",
  403: "FORBIDDEN: not allowed for this caller",
  404: "NOT_FOUND: no such resource, or one the caller may not see",
  409: "CONFLICT: already taken, already done, or a stale version",
  413: "PAYLOAD_TOO_LARGE: the body is over the endpoint's limit",
  422: "VALIDATION: details name each field (or model element id) that is wrong",
  429: "RATE_LIMITED: too many requests; see Retry-After",
};

const schemaOf = (s: z.ZodType) =>
  z.toJSONSchema(s, { io: "input", unrepresentable: "any", target: "draft-2020-12" });

export function openApiDocument(endpoints: readonly Endpoint[], version: string): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const params = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const query = (e.query ?? []).map((q) => ({
      name: q.name,
      in: "query",
      required: false,
      description: q.description,
      schema: { type: "string" },
    }));
    const errors = [...new Set([...e.errors, 401, 429, ...(e.body ? [413, 422] : [])])].sort();
    const responses: Record<string, unknown> = {
      [e.ok.status]: {
        description: e.ok.description,
        ...(e.ok.schema
          ? { content: { "application/json": { schema: schemaOf(e.ok.schema) } } }
          : {}),
      },
    };
    for (const s of errors) {
      responses[s] = {
        description: REASONS[s] ?? "error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    const op: Record<string, unknown> = {
      operationId: `${e.method.toLowerCase()}${e.path.replace(/\{(\w+)\}/g, "By-$1").replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      summary: e.summary,
      description: `Who: ${e.who}.`,
      tags: [e.tag],
      parameters: [...params, ...query],
      responses,
      security: e.who === "anyone" ? [] : [{ bearer: [] }, { session: [] }],
    };
    if (e.body) {
      op.requestBody = {
        required: true,
        content: { "application/json": { schema: schemaOf(e.body) } },
      };
    }
    (paths[`/api/v1${e.path}`] ??= {})[e.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Một Cửa API",
      version,
      description:
        "The public HTTP API v1 of Một Cửa (DESIGN.md §7). Errors are " +
        '`{"error":{"code","message","details"}}`. Authenticate with ' +
        "`Authorization: Bearer <token>` (from `POST /api/v1/auth/token`, or an integration token issued in /admin/tokens) or the browser session.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Error: schemaOf(ErrorBody) },
    },
    paths,
  };
}
