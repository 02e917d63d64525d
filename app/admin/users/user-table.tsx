import { getTranslations } from "next-intl/server";
import type { GlobalRole } from "@/db/schema";
import type { UserListItem } from "@/db/services/admin/list-users";

/** The accounts as a table: roles, memberships (substitutions marked with their end date), state. */
export async function UserTable({ users }: { users: UserListItem[] }) {
  const t = await getTranslations("adminUsers");
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("username")}</th>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("globalRoles")}</th>
            <th scope="col">{t("memberships")}</th>
            <th scope="col">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td className="code">{u.username}</td>
              <td>{u.name}</td>
              <td>{u.roles.map((r) => t(`role.${r as GlobalRole}`)).join(", ")}</td>
              <td>
                {u.memberships.map((m) => (
                  <div key={`${m.unit}-${m.substituteFor ?? ""}`}>
                    <span className="code">{m.unit}</span>: {m.roles.join(", ")}
                    {m.substituteFor
                      ? ` (${t("actingUntil", { date: m.validTo?.toISOString().slice(0, 10) ?? "—" })})`
                      : ""}
                  </div>
                ))}
              </td>
              <td>{u.disabled ? t("disabled") : t("enabled")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
