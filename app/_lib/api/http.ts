/**
 * JSON in and out for `/api/v1` (DESIGN.md §7): the error shape, and request
 * bodies read with a size cap before they are parsed, so an oversized or
 * malformed body is refused with its reason and reaches no verb.
 */
import { ServiceError, type ServiceErrorDetail } from "@/db/services/errors";

/** Codes beyond the contract's six, for what happens before a verb runs. */
export type TransportErrorCode = "PAYLOAD_TOO_LARGE" | "METHOD_NOT_ALLOWED" | "INTERNAL";

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...headers,
    },
  });
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  details: ServiceErrorDetail[] = [],
  headers: Record<string, string> = {},
): Response {
  return json(status, { error: { code, message, details } }, headers);
}

/** Thrown by `readJson` for a body over the cap (HTTP 413). */
export class PayloadTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}

/** The request body parsed as JSON, read at most `limit` bytes; `undefined` when empty. */
export async function readJson(req: Request, limit: number): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw new PayloadTooLarge(limit);
  if (!req.body) return undefined;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new PayloadTooLarge(limit);
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ServiceError("VALIDATION", "the body is not valid JSON", [
      { field: "(body)", message: (error as Error).message },
    ]);
  }
}

/** The body's fields, to which path parameters are added (a non-object body adds none; the verb names what is missing). */
export function bodyObject(body: unknown): Record<string, unknown> {
  return body !== null && typeof body === "object" && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}
