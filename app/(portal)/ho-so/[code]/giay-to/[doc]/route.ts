/** A dossier's PDF (slip 01, slip 02, fee receipt, result), for its applicant or with the tracking secret. */
import { NextResponse, type NextRequest } from "next/server";
import { appDb } from "@/app/_lib/db";
import { isServiceError } from "@/db/services/errors";
import { getDocument } from "@/db/services/portal/get-document";
import { visitorActors } from "../../../../_lib/portal";

export async function GET(
  req: NextRequest,
  { params }: { params: Promise<{ code: string; doc: string }> },
) {
  const { code, doc } = await params;
  const secret = req.nextUrl.searchParams.get("secret") ?? undefined;
  try {
    const file = await getDocument(await appDb(), {
      actors: await visitorActors(),
      input: { code: decodeURIComponent(code), doc, ...(secret ? { secret } : {}) },
    });
    return new NextResponse(Buffer.from(file.bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (isServiceError(error)) {
      const status =
        error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN" ? 404 : error.status;
      return NextResponse.json(error.toJSON(), { status: status === 401 ? 404 : status });
    }
    throw error;
  }
}
