/** Dossiers (DESIGN.md §7 `/dossiers`): submit, read, list one's own, deliver a message. */
import { z } from "zod";
import { deliverMessage, DeliverMessageInput } from "@/db/services/deliver-message";
import { ServiceError } from "@/db/services/errors";
import { getDossier } from "@/db/services/get-dossier";
import { listMyDossiers } from "@/db/services/list-my-dossiers";
import { publicStatus } from "@/db/services/public-status";
import { recordPayment, RecordPaymentInput } from "@/db/services/record-payment";
import { submitDossier, SubmitDossierInput } from "@/db/services/submit-dossier";
import { actorOf, actorsOf } from "../caller";
import type { Endpoint } from "../endpoint";
import { bodyObject } from "../http";
import { DossierAnswer, DossierView, MyDossier, SubmitAnswer } from "../schemas";

/** 202 with the dossier as a command left it: the §6 outcome word and the finer stage. */
const accepted = (out: { code: string; status: string; version: number }) => ({
  status: 202,
  body: { ...out, status: publicStatus(out.status), stage: out.status },
});

export const dossierEndpoints: Endpoint[] = [
  {
    method: "POST",
    path: "/dossiers",
    tag: "dossiers",
    summary: "Submit a dossier; the same idempotency key again answers the same dossier",
    who: "citizen",
    body: SubmitDossierInput,
    ok: { status: 201, description: "Submitted", schema: SubmitAnswer },
    errors: [403, 404, 422],
    async handle({ db, caller, body }) {
      const out = await submitDossier(db, { actor: actorOf(caller, ["citizen"]), input: body });
      return {
        status: 201,
        body: {
          code: out.code,
          status: publicStatus(out.status),
          stage: out.status,
          dueDate: out.dueDate,
          secret: out.secret,
        },
      };
    },
  },
  {
    method: "GET",
    path: "/dossiers",
    tag: "dossiers",
    summary: "The caller's own dossiers, newest first",
    who: "citizen",
    ok: { status: 200, description: "Newest first", schema: z.array(MyDossier) },
    errors: [403],
    async handle({ db, caller }) {
      return {
        status: 200,
        body: await listMyDossiers(db, { actor: actorOf(caller, ["citizen"]) }),
      };
    },
  },
  {
    method: "GET",
    path: "/dossiers/{code}",
    tag: "dossiers",
    summary: "One dossier with its history and open tasks",
    who: "its citizen; officials of units it passed through; admin; an integration with `read`; or anyone with `?secret=`",
    query: [{ name: "secret", description: "The tracking secret handed out at submission" }],
    ok: { status: 200, description: "The dossier", schema: DossierView },
    errors: [404],
    async handle({ db, caller, params, query }) {
      const actors = actorsOf(caller, ["admin", "official", "citizen", "integration"], "read");
      const secret = query.get("secret") ?? undefined;
      // Signed in but in no capacity that reads dossiers: as for any other refusal, not found.
      if (actors.length === 0 && secret === undefined && caller.via !== "anonymous")
        throw new ServiceError("NOT_FOUND", `dossier ${params.code} not found`);
      return {
        status: 200,
        body: await getDossier(db, { actors, input: { code: params.code, secret } }),
      };
    },
  },
  {
    method: "POST",
    path: "/dossiers/{code}/messages",
    tag: "dossiers",
    summary: "Deliver a named message (a reply from another agency, a payment, …)",
    who: "admin, or an integration token with the `messages` scope",
    body: DeliverMessageInput.omit({ code: true }),
    ok: { status: 202, description: "Delivered", schema: DossierAnswer },
    errors: [403, 404, 409, 422],
    async handle({ db, caller, params, body }) {
      const actor = actorOf(caller, ["admin", "integration"], "messages");
      const out = await deliverMessage(db, {
        actor,
        input: { ...bodyObject(body), code: params.code },
      });
      return accepted(out);
    },
  },
  {
    method: "POST",
    path: "/dossiers/{code}/payments",
    tag: "dossiers",
    summary:
      "Record the fee a payment gateway (or the desk) received; the dossier's payment step completes",
    who: "admin, or an integration token with the `payments` scope (the bank or PayGov adapter)",
    body: RecordPaymentInput.omit({ code: true }),
    ok: { status: 202, description: "Recorded", schema: DossierAnswer },
    errors: [403, 404, 409, 422],
    async handle({ db, caller, params, body }) {
      const actor = actorOf(caller, ["admin", "integration"], "payments");
      const out = await recordPayment(db, {
        actor,
        input: { ...bodyObject(body), code: params.code },
      });
      return accepted(out);
    },
  },
];
