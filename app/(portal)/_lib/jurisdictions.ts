import type { Organisation } from "@/engine/model/types";
import type { JurisdictionChoice } from "@/app/_components/portal/jurisdiction-picker";

/**
 * Where a citizen may file: the lowest level's general units (communes and
 * wards; specialised units such as a ward's police have a kind and are left
 * out), grouped under their top-level ancestor (the province or city).
 */
export function jurisdictionChoices(org: Organisation): JurisdictionChoice[] {
  const lowest = org.levels[org.levels.length - 1];
  const byCode = new Map(org.units.map((u) => [u.code, u]));
  const top = (code: string) => {
    let u = byCode.get(code);
    for (let n = 0; u?.parent && n < 50; n++) u = byCode.get(u.parent) ?? u;
    return u;
  };
  const groups = new Map<string, JurisdictionChoice>();
  for (const u of org.units) {
    if (u.level !== lowest || u.kind) continue;
    const p = top(u.code);
    if (!p) continue;
    const parent = u.parent ? byCode.get(u.parent) : undefined;
    const g = groups.get(p.code) ?? { province: { code: p.code, name: p.name }, communes: [] };
    g.communes.push({
      code: u.code,
      name: u.name,
      parentName: parent && parent.code !== p.code ? parent.name : null,
    });
    groups.set(p.code, g);
  }
  return [...groups.values()];
}

/** A unit's name by code, for showing where a dossier was filed. */
export function unitName(org: Organisation, code: string | null): string | null {
  return code ? (org.units.find((u) => u.code === code)?.name ?? code) : null;
}
