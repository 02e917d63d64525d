import "server-only";
import { eq } from "drizzle-orm";
import { appDb } from "@/app/_lib/db";
import { users } from "@/db/schema";
import type { Actor } from "@/db/services/actor";

/**
 * Who is using the studio. TODO(issue 5): replace the body with the session
 * helper (session → principal → `actorFromPrincipal`) once sign-in lands;
 * the verbs already refuse anyone but a designer or an admin.
 *
 * Until then the studio acts as the seeded demo designer (`designer`), and
 * refuses (null → UNAUTHENTICATED) when that account does not exist.
 */
export async function studioActor(): Promise<Actor | null> {
  const db = await appDb();
  const [row] = await db
    .select({ id: users.id, roles: users.roles, disabled: users.disabled })
    .from(users)
    .where(eq(users.username, "designer"));
  if (!row || row.disabled) return null;
  if (row.roles.includes("designer")) return { kind: "designer", id: row.id };
  if (row.roles.includes("admin")) return { kind: "admin", id: row.id };
  return null;
}
