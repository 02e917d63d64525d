import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { apiTokens, history, users } from "../../schema";
import { describeOnBothDatabases } from "../../testing";
import {
  issueIntegrationToken,
  issueUserToken,
  listIntegrationTokens,
  recordTokenUse,
  resolveApiToken,
  revokeOwnToken,
  revokeApiToken,
  signatureValid,
  USER_TOKEN_TTL_MS,
} from "./api-tokens";
import { loadPrincipal } from "./principal";
import { revokeAllSessions } from "./sessions";
import { insertUser, principalOf } from "./test-principals";

const KEY = "k".repeat(40);
const ip = "203.0.113.9";

describeOnBothDatabases("API tokens", (t) => {
  it("good credentials give a signed, short-lived user token that resolves to its user", async () => {
    const id = await insertUser(t.db, "tok-user", ["designer"], { password: "secret-pass" });
    const now = new Date("2026-11-23T08:00:00Z");
    const out = await issueUserToken(t.db, {
      input: { username: "tok-user", password: "secret-pass" },
      ip,
      key: KEY,
      now,
    });
    expect(out.expiresAt).toBe(new Date(now.getTime() + USER_TOKEN_TTL_MS).toISOString());
    expect(signatureValid(out.token, KEY)).toBe(true);
    expect(signatureValid(out.token, "other-key".repeat(5))).toBe(false);
    expect(await resolveApiToken(t.db, out.token, KEY, now)).toMatchObject({
      kind: "user",
      userId: id,
    });
    // Expired an hour later; the raw token is never stored.
    expect(
      await resolveApiToken(t.db, out.token, KEY, new Date(now.getTime() + USER_TOKEN_TTL_MS)),
    ).toBeNull();
    const rows = await t.db.select().from(apiTokens).where(eq(apiTokens.userId, id));
    expect(rows[0]!.tokenHash).not.toContain(out.token.slice(3, 20));
  });

  it("bad credentials are UNAUTHENTICATED and issue nothing", async () => {
    const id = await insertUser(t.db, "tok-bad", ["citizen"], { password: "secret-pass" });
    await expect(
      issueUserToken(t.db, { input: { username: "tok-bad", password: "nope-nope" }, ip, key: KEY }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await t.db.select().from(apiTokens).where(eq(apiTokens.userId, id))).toEqual([]);
  });

  it("a forged or tampered token is refused without a row", async () => {
    expect(await resolveApiToken(t.db, "mc_abc.def", KEY)).toBeNull();
    expect(await resolveApiToken(t.db, "not-a-token", KEY)).toBeNull();
  });

  it("an admin issues, lists and revokes an integration token; revoked tokens stop at once; audited", async () => {
    const adminId = await insertUser(t.db, "tok-admin", ["admin"]);
    const adminP = (await loadPrincipal(t.db, adminId))!;
    const issued = await issueIntegrationToken(t.db, {
      actor: adminP,
      input: { name: "Cổng DVCQG", scopes: ["messages", "read"] },
      key: KEY,
    });
    expect(issued.expiresAt).toBeNull();
    const holder = await resolveApiToken(t.db, issued.token, KEY);
    expect(holder).toMatchObject({ kind: "integration", scopes: ["messages", "read"] });
    expect((await listIntegrationTokens(t.db, { actor: adminP }))[0]).toMatchObject({
      id: issued.id,
      name: "Cổng DVCQG",
      owner: "tok-admin",
      revokedAt: null,
    });
    await recordTokenUse(t.db, holder!, {
      method: "POST",
      path: "/api/v1/dossiers/X/messages",
      status: 202,
      actorKind: "admin",
    });
    await revokeApiToken(t.db, { actor: adminP, input: { id: issued.id } });
    expect(await resolveApiToken(t.db, issued.token, KEY)).toBeNull();
    const actions = (await t.db.select().from(history).where(eq(history.actorId, adminId))).map(
      (h) => [h.action, h.actorKind],
    );
    expect(actions).toEqual([
      ["api.token.issued", "admin"],
      ["api.request", "integration"],
      ["api.token.revoked", "admin"],
    ]);
  });

  it("sign out everywhere ends the user's own tokens, not the integration tokens they issued", async () => {
    const id = await insertUser(t.db, "tok-everywhere", ["admin"], { password: "secret-pass" });
    const own = await issueUserToken(t.db, {
      input: { username: "tok-everywhere", password: "secret-pass" },
      ip,
      key: KEY,
    });
    const issued = await issueIntegrationToken(t.db, {
      actor: (await loadPrincipal(t.db, id))!,
      input: { name: "kiosk", scopes: ["read"] },
      key: KEY,
    });
    await revokeAllSessions(t.db, id, { actorId: id, actorKind: "admin" });
    expect(await resolveApiToken(t.db, own.token, KEY)).toBeNull();
    expect(await resolveApiToken(t.db, issued.token, KEY)).not.toBeNull();
  });

  it("a holder revokes their own token (sign out of the API)", async () => {
    await insertUser(t.db, "tok-self", ["citizen"], { password: "secret-pass" });
    const own = await issueUserToken(t.db, {
      input: { username: "tok-self", password: "secret-pass" },
      ip,
      key: KEY,
    });
    const holder = (await resolveApiToken(t.db, own.token, KEY))!;
    await revokeOwnToken(t.db, holder);
    expect(await resolveApiToken(t.db, own.token, KEY)).toBeNull();
  });

  it("a disabled user's tokens stop working", async () => {
    const id = await insertUser(t.db, "tok-off", ["official"], { password: "secret-pass" });
    const out = await issueUserToken(t.db, {
      input: { username: "tok-off", password: "secret-pass" },
      ip,
      key: KEY,
    });
    await t.db.update(users).set({ disabled: true }).where(eq(users.id, id));
    expect(await resolveApiToken(t.db, out.token, KEY)).toBeNull();
  });

  it("only admins issue, list or revoke integration tokens; a refusal writes nothing", async () => {
    const before = (await t.db.select().from(history)).length;
    for (const role of ["designer", "official", "citizen", "supervisor"] as const) {
      const p = principalOf(role);
      await expect(
        issueIntegrationToken(t.db, { actor: p, input: { name: "x", scopes: ["read"] }, key: KEY }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listIntegrationTokens(t.db, { actor: p })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(
      revokeApiToken(t.db, { actor: null, input: { id: crypto.randomUUID() } }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await t.db.select().from(history)).toHaveLength(before);
  });

  it("an unknown scope or an unknown token id is named", async () => {
    const adminP = (await loadPrincipal(t.db, await insertUser(t.db, "tok-a2", ["admin"])))!;
    await expect(
      issueIntegrationToken(t.db, {
        actor: adminP,
        input: { name: "x", scopes: ["all"] },
        key: KEY,
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      details: [expect.objectContaining({ field: "scopes.0" })],
    });
    await expect(
      revokeApiToken(t.db, { actor: adminP, input: { id: crypto.randomUUID() } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
