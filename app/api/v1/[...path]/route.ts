/** `/api/v1/*` (DESIGN.md §7): every endpoint goes through the one handler in app/_lib/api. */
import { handleApi } from "@/app/_lib/api/handler";
import { apiDeps } from "@/app/_lib/api/wiring";

export const dynamic = "force-dynamic";

async function handler(req: Request): Promise<Response> {
  return handleApi(req, await apiDeps());
}

export { handler as GET, handler as POST, handler as PUT, handler as DELETE, handler as PATCH };
