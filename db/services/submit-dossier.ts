/**
 * A citizen submits a dossier (DESIGN.md §7 `POST /api/v1/dossiers`): the
 * start form is validated by the engine (errors name the field keys and
 * nothing is created), then one statement (one transaction) writes the
 * dossier with its code, first tasks, timers, outbox rows, history and the
 * idempotency record. The same idempotency key again returns the first answer.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { start, type StepResult } from "@/engine/step";
import type { Db } from "../client";
import { environment } from "../store/environment";
import { fromStepError } from "../store/errors";
import { once } from "../store/idempotency";
import { loadProcedure, publishedVersion } from "../store/procedures";
import { insertDossier } from "../store/write";
import type { Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";
import { sha256Hex } from "../hash";

export const SubmitDossierInput = z.object({
  procedure: z.string().min(1).max(200),
  jurisdiction: z.string().min(1).max(100),
  data: z.record(z.string(), z.unknown()),
  idempotencyKey: z.string().min(1).max(200),
});
export type SubmitDossierInput = z.infer<typeof SubmitDossierInput>;

export interface SubmitDossierResult {
  id: string;
  code: string;
  status: string;
  dueDate: string | null;
  /** Public tracking secret; only its hash is stored on the dossier. */
  secret: string;
}

/** SHA-256 hex of a tracking secret, as stored in `dossiers.tracking_secret_hash`. */
export function hashSecret(secret: string): string {
  return sha256Hex(secret);
}

export async function submitDossier(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<SubmitDossierResult> {
  if (actor.kind !== "citizen")
    throw new ServiceError("FORBIDDEN", "only citizens submit dossiers");
  const { procedure, jurisdiction, data, idempotencyKey } = parseInput(SubmitDossierInput, input);
  const scope = `dossier.submit:${actor.id}`;
  // No pre-read of the key: a repeat fails on the key's primary key (or on a refusal,
  // e.g. the procedure withdrawn since) and `once` then returns the first answer.
  return once(
    db,
    scope,
    idempotencyKey,
    async () => {
      for (let attempt = 0; ; attempt++) {
        const version = await publishedVersion(db, procedure, attempt > 0);
        if (version === null)
          throw new ServiceError("NOT_FOUND", `procedure ${procedure} is not published`);
        const env = await environment(db, now ?? new Date());
        if (!env.org.units.some((u) => u.code === jurisdiction)) {
          throw new ServiceError("VALIDATION", `unknown jurisdiction ${jurisdiction}`, [
            { field: "jurisdiction", message: "unknown unit" },
          ]);
        }
        const proc = await loadProcedure(db, procedure, version);
        let result: StepResult;
        try {
          result = start(proc, { jurisdiction, data }, env);
        } catch (error) {
          throw fromStepError(error);
        }
        const secret = randomBytes(18).toString("base64url");
        const id = randomUUID();
        const written = await insertDossier(
          db,
          {
            id,
            procedureId: procedure,
            procedureVersion: version,
            jurisdiction,
            applicantId: actor.id,
            applicantName: applicantNameOf(data),
            receivedAt: new Date(result.snapshot.context.receivedAt ?? env.now),
            trackingSecretHash: hashSecret(secret),
          },
          proc,
          result,
          { actor, action: "dossier.submitted", details: { procedure, version } },
          env.now,
          // The first answer, secret included, is what a retry must get back (ADR 0008).
          (w) => ({
            scope,
            key: idempotencyKey,
            result: { id, status: w.status, dueDate: w.dueDate, secret },
          }),
        );
        if (written) {
          return {
            id,
            code: written.code,
            status: written.status,
            dueDate: written.dueDate,
            secret,
          };
        }
        // A version published since this process last looked: start again on it.
        if (attempt >= 2) {
          throw new ServiceError("CONFLICT", `procedure ${procedure} is being republished`);
        }
      }
    },
    false,
    (error) => error instanceof ServiceError,
  );
}

/** The applicant's name where the start form has the usual field (`hoTen`, `hoVaTen`, `applicantName`). */
function applicantNameOf(data: Record<string, unknown>): string | null {
  for (const key of ["hoTen", "hoVaTen", "hoTenNguoiNop", "applicantName"]) {
    const v = data[key];
    if (typeof v === "string" && v.trim()) return v.trim().slice(0, 200);
  }
  return null;
}
