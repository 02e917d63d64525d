/**
 * One `/api/v1` endpoint: its method and path, who may call it, the zod
 * schema of its body (the verb's own, so the app and the API validate alike),
 * its answers for the OpenAPI document, and the handler that calls the verb.
 */
import type { z } from "zod";
import type { Db } from "@/db/client";
import type { Caller } from "./caller";

export interface EndpointContext {
  db: Db;
  caller: Caller;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  ip: string;
  /** Signs new bearer tokens. */
  tokenKey: string;
}

export interface Answer {
  status: number;
  body?: unknown;
}

export interface Endpoint {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** OpenAPI path under /api/v1, e.g. `/tasks/{id}/claim`. */
  path: string;
  summary: string;
  tag: string;
  /** Who may call it, in words, for the document (the verbs enforce it). */
  who: string;
  /** Request body schema, when the endpoint takes one. */
  body?: z.ZodType;
  /** Largest body accepted, in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Query parameters, for the document. */
  query?: { name: string; description: string }[];
  /** The success status and the schema of its body. */
  ok: { status: number; description: string; schema?: z.ZodType };
  /** Error statuses the endpoint can answer besides 401/429. */
  errors: number[];
  handle(ctx: EndpointContext): Promise<Answer>;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
