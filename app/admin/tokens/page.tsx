import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { DataTable } from "@/app/_components/ui/data-table";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { listIntegrationTokens } from "@/db/services/auth/api-tokens";
import { revokeTokenAction } from "./actions";
import { IssueTokenForm } from "./issue-form";
import { RevokeButton } from "./revoke-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.sections"))("tokens") };
}

/** Integration tokens for other systems (DESIGN.md §7): issue, see their use, revoke. */
export default async function TokensPage() {
  const actor = await requireRoute("/admin/tokens");
  const t = await getTranslations("adminTokens");
  const format = await getFormatter();
  const tokens = await listIntegrationTokens(await appDb(), { actor });
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "short", timeStyle: "short" }) : t("never");
  return (
    <>
      <PageIntro title={t("title")} description={t("description")} />
      <section className="panel" aria-labelledby="issue-token">
        <h2 id="issue-token">{t("issue")}</h2>
        <IssueTokenForm />
      </section>
      <section aria-labelledby="token-list">
        <h2 id="token-list">{t("list")}</h2>
        {tokens.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <DataTable
            columns={[
              t("name"),
              t("scopes"),
              t("owner"),
              t("created"),
              t("lastUsed"),
              t("expiresAt"),
              t("state"),
            ]}
          >
            {tokens.map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td className="code">{k.scopes.join(", ")}</td>
                <td>{k.owner}</td>
                <td>{when(k.createdAt)}</td>
                <td>{when(k.lastUsedAt)}</td>
                <td>{when(k.expiresAt)}</td>
                <td>
                  {k.revokedAt ? (
                    t("revoked")
                  ) : (
                    <RevokeButton
                      id={k.id}
                      action={revokeTokenAction}
                      label={t("revoke")}
                      confirm={t("revokeConfirm", { name: k.name ?? "" })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
