/**
 * Citizen self-registration: creates an unverified citizen account and
 * queues a verification email in the outbox (kind `email`), in one
 * transaction. The account cannot sign in until the link is followed.
 * A taken username or email answers CONFLICT on the field — registration
 * forms everywhere reveal that much; sign-in never does.
 */
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { eq, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { emailVerifications, history, outbox, users } from "../../schema";
import { ServiceError } from "../errors";
import { parseInput } from "../admin/common";
import { sha256Hex } from "../../hash";

export const RegisterInput = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(200),
  password: z.string().min(8).max(200),
});

/** The verification email, already in the reader's language. */
export interface VerificationMail {
  subject: string;
  text: (link: string) => string;
}

export const VERIFICATION_TTL_MS = 48 * 3600 * 1000;

/** Registers a citizen; `link(token)` builds the absolute verification URL. */
export async function registerCitizen(
  db: Db,
  input: unknown,
  opts: {
    link: (token: string) => string;
    mail: VerificationMail;
    now?: Date;
    passwordCost?: number;
  },
): Promise<{ userId: string }> {
  const data = parseInput(RegisterInput, input);
  const now = opts.now ?? new Date();
  const passwordHash = await bcrypt.hash(data.password, opts.passwordCost ?? 10);
  const token = randomBytes(32).toString("base64url");
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ username: users.username, email: users.email })
      .from(users)
      .where(
        or(
          eq(sql`lower(${users.username})`, data.username.toLowerCase()),
          eq(sql`lower(${users.email})`, data.email.toLowerCase()),
        ),
      );
    if (taken) {
      const field =
        taken.username.toLowerCase() === data.username.toLowerCase() ? "username" : "email";
      throw new ServiceError("CONFLICT", `${field} taken`, [{ field, message: "taken" }]);
    }
    const [user] = await tx
      .insert(users)
      .values({
        username: data.username,
        name: data.name,
        email: data.email,
        passwordHash,
        roles: ["citizen"],
      })
      .returning({ id: users.id });
    const userId = user!.id;
    await tx.insert(emailVerifications).values({
      userId,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(now.getTime() + VERIFICATION_TTL_MS),
    });
    await tx.insert(outbox).values({
      kind: "email",
      payload: {
        to: data.email,
        subject: opts.mail.subject,
        text: opts.mail.text(opts.link(token)),
        template: "verify-email",
      },
    });
    await tx.insert(history).values({
      actorId: userId,
      actorKind: "citizen",
      action: "user.registered",
      details: { username: data.username },
      at: now,
    });
    return { userId };
  });
}
