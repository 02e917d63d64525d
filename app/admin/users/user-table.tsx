import { getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/ui/data-table";
import type { GlobalRole } from "@/db/schema";
import type { UserListItem } from "@/db/services/admin/list-users";

/** The accounts as a table: roles, memberships (substitutions marked with their end date), state. */
export async function UserTable({ users }: { users: UserListItem[] }) {
  const t = await getTranslations("adminUsers");
  return (
    <DataTable columns={[t("username"), t("name"), t("globalRoles"), t("memberships"), t("state")]}>
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
    </DataTable>
  );
}
