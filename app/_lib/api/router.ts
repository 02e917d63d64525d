/** Matches a method and a path under /api/v1 to its endpoint and path parameters. */
import type { Endpoint } from "./endpoint";

interface Route {
  endpoint: Endpoint;
  pattern: RegExp;
  names: string[];
}

export type Match =
  | { kind: "found"; endpoint: Endpoint; params: Record<string, string> }
  | { kind: "method"; allowed: string[] }
  | { kind: "none" };

export function makeRouter(
  endpoints: readonly Endpoint[],
): (method: string, path: string) => Match {
  const routes: Route[] = endpoints.map((endpoint) => {
    const names: string[] = [];
    const source = endpoint.path
      .split("/")
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(m[1]!);
        return "([^/]+)";
      })
      .join("/");
    return { endpoint, pattern: new RegExp(`^${source}/?$`), names };
  });
  return (method, path) => {
    const allowed: string[] = [];
    for (const r of routes) {
      const m = r.pattern.exec(path);
      if (!m) continue;
      if (r.endpoint.method !== method) {
        allowed.push(r.endpoint.method);
        continue;
      }
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => {
        params[n] = safeDecode(m[i + 1]!);
      });
      return { kind: "found", endpoint: r.endpoint, params };
    }
    return allowed.length ? { kind: "method", allowed } : { kind: "none" };
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
