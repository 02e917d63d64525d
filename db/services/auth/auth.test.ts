import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { memberships, outbox, users } from "../../schema";
import { addSubstitute } from "../admin/add-substitute";
import { describeOnBothDatabases } from "../../testing";
import { handleEmail } from "../../worker/handlers/email";
import { ensureBootstrapAdmin } from "./bootstrap-admin";
import { listDevMail } from "./list-dev-mail";
import { loadPrincipal } from "./principal";
import { registerCitizen } from "./register-citizen";
import { openSession, revokeAllSessions, revokeSession, sessionUserId } from "./sessions";
import { MAX_FAILURES_PER_IP, MAX_FAILURES_PER_USERNAME } from "./sign-in-limits";
import { insertUser, principalOf, smallOrg } from "./test-principals";
import { verifyCredentials } from "./verify-credentials";
import { verifyEmail } from "./verify-email";

const ip = "10.0.0.1";
const mail = { subject: "Verify", text: (link: string) => `Open ${link}` };

describeOnBothDatabases("sign-in, sessions, registration", (t) => {
  it("good credentials give the user id (username case-insensitive) and an audit row", async () => {
    const id = await insertUser(t.db, "Alice", ["citizen"]);
    await expect(
      verifyCredentials(t.db, { username: "alice", password: "correct horse" }, { ip }),
    ).resolves.toEqual({ userId: id });
  });

  it("wrong password, unknown user and disabled account all answer UNAUTHENTICATED", async () => {
    await insertUser(t.db, "bob", ["official"]);
    await insertUser(t.db, "carol", ["official"], { disabled: true });
    for (const input of [
      { username: "bob", password: "wrong" },
      { username: "nobody", password: "correct horse" },
      { username: "carol", password: "correct horse" },
      { username: "", password: "" },
    ])
      await expect(verifyCredentials(t.db, input, { ip: "10.0.0.2" })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
  });

  it(`locks a username after ${MAX_FAILURES_PER_USERNAME} failures, even for the right password, and unknown names alike`, async () => {
    const now = new Date("2026-03-02T09:00:00Z");
    await insertUser(t.db, "dave", ["official"]);
    for (const name of ["dave", "ghost"]) {
      for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++)
        await expect(
          verifyCredentials(t.db, { username: name, password: "bad" }, { ip: `10.1.0.${i}`, now }),
        ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      await expect(
        verifyCredentials(
          t.db,
          { username: name, password: "correct horse" },
          { ip: "10.9.9.9", now },
        ),
      ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
    // 15 minutes later the window has passed.
    const later = new Date(now.getTime() + 16 * 60 * 1000);
    await expect(
      verifyCredentials(t.db, { username: "dave", password: "correct horse" }, { ip, now: later }),
    ).resolves.toBeTruthy();
  });

  it(`rate-limits one address after ${MAX_FAILURES_PER_IP} failures over many usernames`, async () => {
    const now = new Date("2026-04-01T09:00:00Z");
    await insertUser(t.db, "erin", ["official"]);
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++)
      await verifyCredentials(
        t.db,
        { username: `spray${i}`, password: "x" },
        { ip: "10.7.7.7", now },
      ).catch(() => {});
    await expect(
      verifyCredentials(
        t.db,
        { username: "erin", password: "correct horse" },
        { ip: "10.7.7.7", now },
      ),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(
      verifyCredentials(
        t.db,
        { username: "erin", password: "correct horse" },
        { ip: "10.7.7.8", now },
      ),
    ).resolves.toBeTruthy();
  });

  it("a session lives until revoked; sign out everywhere ends them all; a disabled user has none", async () => {
    const id = await insertUser(t.db, "frank", ["designer"]);
    const one = await openSession(t.db, id);
    const two = await openSession(t.db, id);
    expect(await sessionUserId(t.db, one.sid)).toBe(id);
    await revokeSession(t.db, one.sid);
    expect(await sessionUserId(t.db, one.sid)).toBeNull();
    expect(await sessionUserId(t.db, two.sid)).toBe(id);
    const three = await openSession(t.db, id);
    expect(await revokeAllSessions(t.db, id, { actorId: id, actorKind: "designer" })).toBe(2);
    expect(await sessionUserId(t.db, three.sid)).toBeNull();
    const four = await openSession(t.db, id);
    await t.db.update(users).set({ disabled: true }).where(eq(users.id, id));
    expect(await sessionUserId(t.db, four.sid)).toBeNull();
    expect(await loadPrincipal(t.db, id)).toBeNull();
    expect(await sessionUserId(t.db, "not-a-session")).toBeNull();
    const expired = await openSession(t.db, await insertUser(t.db, "gina", ["citizen"]), {
      now: new Date("2020-01-01"),
    });
    expect(await sessionUserId(t.db, expired.sid)).toBeNull();
  });

  it("BOOTSTRAP_ADMIN creates the admin once and never resets it", async () => {
    expect(
      await ensureBootstrapAdmin(
        t.db,
        { username: "root", password: "first-pass" },
        { passwordCost: 4 },
      ),
    ).toBe(true);
    expect(
      await ensureBootstrapAdmin(
        t.db,
        { username: "root", password: "other-pass" },
        { passwordCost: 4 },
      ),
    ).toBe(false);
    await expect(
      verifyCredentials(t.db, { username: "root", password: "first-pass" }, { ip }),
    ).resolves.toBeTruthy();
    const [row] = await t.db.select().from(users).where(eq(users.username, "root"));
    expect(row?.roles).toEqual(["admin"]);
  });

  it("a citizen registers, cannot sign in before verifying, verifies once through the emailed link, then signs in", async () => {
    let link = "";
    const { userId } = await registerCitizen(
      t.db,
      { username: "hoa", name: "Nguyễn Thị Hoa", email: "hoa@example.vn", password: "mat-khau-1" },
      {
        link: (token) => (link = `http://x/verify?token=${token}`),
        mail,
        passwordCost: 4,
      },
    );
    await expect(
      verifyCredentials(t.db, { username: "hoa", password: "mat-khau-1" }, { ip: "10.3.0.1" }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const [queued] = await t.db.select().from(outbox).where(eq(outbox.kind, "email"));
    expect(queued?.payload).toMatchObject({ to: "hoa@example.vn", subject: "Verify" });
    expect(JSON.stringify(queued?.payload)).toContain(link);
    // The catcher shows it while queued, and after the handler delivered it.
    expect((await listDevMail(t.db)).map((m) => m.state)).toContain("queued");
    await handleEmail(t.db, { id: queued!.id, payload: queued!.payload });
    expect(
      (await listDevMail(t.db)).some((m) => m.state === "delivered" && m.text.includes(link)),
    ).toBe(true);

    const token = new URL(link).searchParams.get("token")!;
    await expect(verifyEmail(t.db, token)).resolves.toEqual({ userId });
    await expect(verifyEmail(t.db, token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      verifyCredentials(t.db, { username: "hoa", password: "mat-khau-1" }, { ip: "10.3.0.1" }),
    ).resolves.toEqual({ userId });
    await expect(
      registerCitizen(
        t.db,
        { username: "HOA", name: "x", email: "o@example.vn", password: "mat-khau-1" },
        { link: () => "", mail, passwordCost: 4 },
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a substitute holds the absent official's roles only inside the period", async () => {
    await smallOrg(t.db);
    const absent = await insertUser(t.db, "vang-mat", ["official"]);
    const sub = await insertUser(t.db, "thay-the", ["official"]);
    await t.db
      .insert(memberships)
      .values({ userId: absent, unitCode: "ROOT-A", roles: ["leader"] });
    await addSubstitute(t.db, {
      actor: principalOf("admin"),
      input: {
        absentUserId: absent,
        substituteUserId: sub,
        unit: "ROOT-A",
        from: "2026-06-01",
        to: "2026-06-05",
      },
    });
    const during = await loadPrincipal(t.db, sub, new Date("2026-06-05T16:00:00+07:00"));
    expect(during?.memberships).toEqual([
      { unit: "ROOT-A", roles: ["leader"], substituteFor: absent, validTo: expect.any(Date) },
    ]);
    expect(
      (await loadPrincipal(t.db, sub, new Date("2026-05-31T23:00:00+07:00")))?.memberships,
    ).toEqual([]);
    expect(
      (await loadPrincipal(t.db, sub, new Date("2026-06-06T00:00:00+07:00")))?.memberships,
    ).toEqual([]);
  });
});
