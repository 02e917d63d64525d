/** Looks up a user inside an admin verb's transaction. */
import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { users, type UserRow } from "../../schema";
import { ServiceError } from "../errors";

/** The user `id`, or NOT_FOUND. */
export async function findUser(tx: Db, id: string, field = "userId"): Promise<UserRow> {
  const ok = /^[0-9a-f-]{36}$/i.test(id);
  const [row] = ok ? await tx.select().from(users).where(eq(users.id, id)) : [];
  if (!row)
    throw new ServiceError("NOT_FOUND", "unknown user", [{ field, message: "unknown user" }]);
  return row;
}
