/** The catalogue and publishing (DESIGN.md §7 `/procedures`). */
import { z } from "zod";
import { getProcedure } from "@/db/services/get-procedure";
import { listProcedures } from "@/db/services/list-procedures";
import { publishProcedure, PublishProcedureInput } from "@/db/services/publish-procedure";
import { actorOf } from "../caller";
import type { Endpoint } from "../endpoint";
import { ProcedureDetail, ProcedureSummary } from "../schemas";

export const procedureEndpoints: Endpoint[] = [
  {
    method: "POST",
    path: "/procedures",
    tag: "procedures",
    summary: "Publish a new immutable version of a procedure (BPMN with its forms)",
    who: "designer (or admin)",
    body: PublishProcedureInput,
    bodyLimit: 8 * 1024 * 1024,
    ok: {
      status: 201,
      description: "Published; `id` is the BPMN process id",
      schema: z.object({ id: z.string(), version: z.number().int() }),
    },
    errors: [403, 422],
    async handle({ db, caller, body }) {
      const actor = actorOf(caller, ["designer", "admin"]);
      return { status: 201, body: await publishProcedure(db, { actor, input: body }) };
    },
  },
  {
    method: "GET",
    path: "/procedures",
    tag: "procedures",
    summary: "The catalogue: the latest published version of every procedure",
    who: "anyone",
    ok: { status: 200, description: "By name", schema: z.array(ProcedureSummary) },
    errors: [],
    async handle({ db }) {
      return { status: 200, body: await listProcedures(db) };
    },
  },
  {
    method: "GET",
    path: "/procedures/{id}",
    tag: "procedures",
    summary: "One procedure with its start form's schema",
    who: "anyone",
    ok: { status: 200, description: "The latest published version", schema: ProcedureDetail },
    errors: [404],
    async handle({ db, params }) {
      return { status: 200, body: await getProcedure(db, { input: { id: params.id } }) };
    },
  },
];
