/**
 * Sign-in through the OpenID Connect provider (a province's SSO or an eID
 * gateway): the external subject maps to a local user named
 * `oidc:<subject>`, created on first sign-in as a citizen without a password.
 * An administrator may later give that user other roles.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { history, users } from "../../schema";
import { ServiceError } from "../errors";

/** The local user id for an OIDC subject; refuses disabled accounts. */
export async function linkExternalUser(
  db: Db,
  profile: { sub: string; name?: string | null; email?: string | null; emailVerified?: boolean },
): Promise<string> {
  if (!profile.sub) throw new ServiceError("UNAUTHENTICATED", "no subject");
  const username = `oidc:${profile.sub}`.slice(0, 200);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: users.id, disabled: users.disabled })
      .from(users)
      .where(eq(users.username, username));
    if (found) {
      if (found.disabled) throw new ServiceError("UNAUTHENTICATED", "disabled");
      return found.id;
    }
    const [row] = await tx
      .insert(users)
      .values({
        username,
        name: profile.name || username,
        email: profile.email ?? null,
        emailVerified: profile.emailVerified === true,
        passwordHash: null,
        roles: ["citizen"],
      })
      .returning({ id: users.id });
    await tx.insert(history).values({
      actorId: row!.id,
      actorKind: "citizen",
      action: "user.linked_external",
      details: { username },
    });
    return row!.id;
  });
}
