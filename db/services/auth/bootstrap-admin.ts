/**
 * The first administrator (DESIGN.md §7): `BOOTSTRAP_ADMIN=username:password`
 * creates that user as an admin when no user of that name exists. An existing
 * user is never touched, so restarting with the variable still set cannot
 * reset a changed password.
 */
import bcrypt from "bcryptjs";
import { z } from "zod";
import type { Db } from "../../client";
import { history, users } from "../../schema";

/** `username:password`; the password may itself contain colons. */
export const BootstrapAdmin = z
  .string()
  .trim()
  .regex(/^[^:\s]{1,100}:.{8,200}$/, "expected username:password (password ≥ 8 characters)")
  .transform((s) => {
    const at = s.indexOf(":");
    return { username: s.slice(0, at), password: s.slice(at + 1) };
  });

/** Creates the bootstrap admin if missing. Returns whether a user was created. */
export async function ensureBootstrapAdmin(
  db: Db,
  spec: { username: string; password: string },
  opts: { passwordCost?: number } = {},
): Promise<boolean> {
  const passwordHash = await bcrypt.hash(spec.password, opts.passwordCost ?? 10);
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(users)
      .values({ username: spec.username, name: spec.username, passwordHash, roles: ["admin"] })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    const row = created[0];
    if (!row) return false;
    await tx.insert(history).values({
      actorId: null,
      actorKind: "system",
      action: "user.bootstrapped",
      details: { userId: row.id, username: spec.username },
    });
    return true;
  });
}
