import "server-only";
/**
 * The portal's adapters (STYLE.md §5): who is asking, as the services'
 * Actor, and the page guard that sends an anonymous visitor to sign in.
 */
import { redirect } from "next/navigation";
import type { Actor } from "@/db/services/actor";
import { actorFromPrincipal } from "@/app/_lib/actor-from-session";
import { appDb } from "@/app/_lib/db";
import { currentPrincipal } from "@/app/_lib/session";
import type { Db } from "@/db/client";

/** Every capacity the visitor holds (empty when anonymous), for read verbs. */
export async function visitorActors(): Promise<Actor[]> {
  const p = await currentPrincipal();
  if (!p) return [];
  return (["citizen", "official", "admin"] as const).flatMap((k) => {
    const a = actorFromPrincipal(p, k);
    return a ? [a] : [];
  });
}

/** The signed-in citizen, or a redirect to sign-in and back to `next`. */
export async function requireCitizen(next: string): Promise<{ actor: Actor; db: Db }> {
  const p = await currentPrincipal();
  if (!p) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  const actor = actorFromPrincipal(p, "citizen");
  if (!actor) redirect("/forbidden");
  return { actor, db: await appDb() };
}

/** The citizen actor for a route handler or action; null when not a signed-in citizen. */
export async function citizenOrNull(): Promise<Actor | null> {
  const p = await currentPrincipal();
  return p ? actorFromPrincipal(p, "citizen") : null;
}
