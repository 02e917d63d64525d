/**
 * Shared by the admin verbs: input parsing that turns zod issues into one
 * VALIDATION ServiceError, and the audit row each change writes in its own
 * transaction (STYLE.md §4).
 */
import type { z } from "zod";
import type { Db } from "../../client";
import { history } from "../../schema";
import type { Principal } from "../auth/principal";
import { ServiceError } from "../errors";

/** Parses `input` with `schema` or throws VALIDATION with one detail per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ServiceError(
    "VALIDATION",
    "invalid input",
    parsed.error.issues.map((i) => ({ field: i.path.join(".") || undefined, message: i.message })),
  );
}

/** Appends the audit row of an admin change (inside the change's transaction). */
export async function audit(
  tx: Db,
  actor: Principal,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await tx.insert(history).values({
    actorId: actor.userId,
    actorKind: actor.roles.includes("admin") ? "admin" : "official",
    action,
    details,
  });
}
