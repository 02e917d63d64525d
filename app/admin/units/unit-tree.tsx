import type { OrgUnit } from "@/engine/model/types";

/** The current units as nested lists, parents first (a server component; no script needed). */
export function UnitTree({ units }: { units: OrgUnit[] }) {
  const children = new Map<string | undefined, OrgUnit[]>();
  const codes = new Set(units.map((u) => u.code));
  for (const u of units) {
    const key = u.parent && codes.has(u.parent) ? u.parent : undefined;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  const render = (parent: string | undefined, depth: number) => {
    const list = children.get(parent);
    if (!list || depth > 12) return null;
    return (
      <ul className={depth === 0 ? "unit-tree" : undefined}>
        {list.map((u) => (
          <li key={u.code}>
            <span className="code">{u.code}</span> {u.name}{" "}
            <span className="muted">
              ({u.level}
              {u.kind ? ` · ${u.kind}` : ""})
            </span>
            {render(u.code, depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  return render(undefined, 0);
}
