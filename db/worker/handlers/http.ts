/**
 * `http`: calls the URL in the task header `url` (method from `method`,
 * default POST, the task's variables as the JSON body) and completes the task
 * with `{ status, body }`. A non-2xx answer or a network error throws, so the
 * row is retried with backoff and ends as an incident if it keeps failing.
 */
import { completeServiceTask } from "./service-task";
import type { OutboxHandler } from "./types";

const TIMEOUT_MS = 10_000;

export const http: OutboxHandler = async ({ db, row }) => {
  const { task, element, headers, variables } = row.payload as {
    task: string;
    element: string;
    headers?: Record<string, string>;
    variables?: Record<string, unknown>;
  };
  if (!row.dossierId) return;
  let result: Record<string, unknown> = {};
  const url = headers?.url;
  if (url) {
    const method = (headers.method ?? "POST").toUpperCase();
    const response = await fetch(url, {
      method,
      headers: { "content-type": "application/json" },
      ...(method === "GET" ? {} : { body: JSON.stringify(variables ?? {}) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}`);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // A non-JSON answer is kept as text.
    }
    result = { status: response.status, body };
  }
  await completeServiceTask(db, row.dossierId, task, element, { [`${element}Result`]: result });
};
