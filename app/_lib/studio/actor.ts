import "server-only";
import type { Actor } from "@/db/services/actor";
import { actorFromPrincipal } from "@/app/_lib/actor-from-session";
import { currentPrincipal } from "@/app/_lib/session";

/**
 * Who is using the studio: the signed-in principal wearing their designer
 * hat (else their admin hat), or null. The verbs refuse null and anyone but
 * a designer or an admin, so this is the only place the session is read.
 */
export async function studioActor(): Promise<Actor | null> {
  const p = await currentPrincipal();
  if (!p) return null;
  return (
    actorFromPrincipal(p, "designer") ??
    actorFromPrincipal(p, "admin") ?? { kind: "citizen", id: p.userId }
  );
}
