import "server-only";
import type { NextRequest } from "next/server";
import { portalConfig } from "@/db/portal-files/config";

/** Most files one portal form post may carry at the per-file limit. */
const MAX_FILES_PER_POST = 8;

/**
 * True when the declared body is larger than any honest post of the portal's
 * forms, so it is refused before it is read into memory. Each file is still
 * checked against the per-file limit by the upload verb.
 */
export function bodyTooLarge(req: NextRequest): boolean {
  const declared = Number(req.headers.get("content-length") ?? "0");
  return declared > portalConfig().maxUploadBytes * MAX_FILES_PER_POST + 1024 * 1024;
}
