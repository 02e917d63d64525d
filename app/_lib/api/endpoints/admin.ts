/** The organisation and its users (DESIGN.md §7 `/admin/*`): admins only, never integrations. */
import { z } from "zod";
import { createUnit, CreateUnitInput } from "@/db/services/admin/create-unit";
import { createUser, CreateUserInput } from "@/db/services/admin/create-user";
import { setLevels, SetLevelsInput } from "@/db/services/admin/set-levels";
import {
  issueIntegrationToken,
  IssueIntegrationTokenInput,
  revokeApiToken,
} from "@/db/services/auth/api-tokens";
import { principalOf } from "../caller";
import type { Endpoint } from "../endpoint";

export const adminEndpoints: Endpoint[] = [
  {
    method: "PUT",
    path: "/admin/levels",
    tag: "admin",
    summary: "Set the organisation's levels, top first",
    who: "admin",
    body: SetLevelsInput,
    ok: {
      status: 200,
      description: "The levels now in force",
      schema: z.object({ levels: z.array(z.string()) }),
    },
    errors: [403, 409, 422],
    async handle({ db, caller, body }) {
      await setLevels(db, { actor: principalOf(caller), input: body });
      return { status: 200, body: { levels: SetLevelsInput.parse(body).levels } };
    },
  },
  {
    method: "POST",
    path: "/admin/units",
    tag: "admin",
    summary: "Create a unit",
    who: "admin",
    body: CreateUnitInput,
    ok: { status: 201, description: "Created", schema: z.object({ code: z.string() }) },
    errors: [403, 409, 422],
    async handle({ db, caller, body }) {
      return {
        status: 201,
        body: await createUnit(db, { actor: principalOf(caller), input: body }),
      };
    },
  },
  {
    method: "POST",
    path: "/admin/users",
    tag: "admin",
    summary: "Create a user with global roles and unit memberships",
    who: "admin",
    body: CreateUserInput,
    ok: { status: 201, description: "Created", schema: z.object({ id: z.string() }) },
    errors: [403, 409, 422],
    async handle({ db, caller, body }) {
      return {
        status: 201,
        body: await createUser(db, { actor: principalOf(caller), input: body }),
      };
    },
  },
  {
    method: "POST",
    path: "/admin/tokens",
    tag: "admin",
    summary: "Issue a long-lived integration token (scopes: messages, read); shown once",
    who: "admin",
    body: IssueIntegrationTokenInput,
    ok: {
      status: 201,
      description: "Issued",
      schema: z.object({ id: z.string(), token: z.string(), expiresAt: z.string().nullable() }),
    },
    errors: [403, 422],
    async handle({ db, caller, body, tokenKey }) {
      const actor = principalOf(caller);
      return {
        status: 201,
        body: await issueIntegrationToken(db, { actor, input: body, key: tokenKey }),
      };
    },
  },
  {
    method: "DELETE",
    path: "/admin/tokens/{id}",
    tag: "admin",
    summary: "Revoke a token at once",
    who: "admin",
    ok: { status: 204, description: "Revoked" },
    errors: [403, 404, 422],
    async handle({ db, caller, params }) {
      await revokeApiToken(db, { actor: principalOf(caller), input: { id: params.id } });
      return { status: 204 };
    },
  },
];
