/**
 * The portal's catalogue (issue 7): the published procedures filtered by
 * words that ignore Vietnamese accents ("dang ky" finds "Đăng ký khai
 * sinh"), by field, owning tier and online level. Public: anyone may read
 * the catalogue, signed in or not. Also returns the values each filter can
 * take, so the page offers only choices that find something.
 */
import { z } from "zod";
import type { Db } from "../../client";
import { loadProcedure } from "../../store/procedures";
import { listProcedures, type ProcedureSummary } from "../list-procedures";
import { parseInput } from "../parse";
import { matchesQuery } from "./fold";
import { factsOf } from "./service-model";

export const SearchCatalogueInput = z.object({
  q: z.string().max(200).optional(),
  field: z.string().max(200).optional(),
  tier: z.string().max(50).optional(),
  level: z.coerce.number().int().min(1).max(4).optional(),
});

export interface CatalogueItem extends ProcedureSummary {
  field: string | null;
}

export interface CatalogueSearch {
  items: CatalogueItem[];
  total: number;
  facets: { fields: string[]; tiers: string[]; levels: number[] };
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export async function searchCatalogue(
  db: Db,
  { input }: { input: unknown },
): Promise<CatalogueSearch> {
  const parsed = parseInput(SearchCatalogueInput, input);
  const q = blank(parsed.q);
  const field = blank(parsed.field);
  const tier = blank(parsed.tier);
  const all: CatalogueItem[] = await Promise.all(
    (await listProcedures(db)).map(async (p) => {
      // Compiled versions are cached per process, so this parses each model once.
      const proc = await loadProcedure(db, p.id, p.version).catch(() => null);
      return { ...p, field: proc ? factsOf(proc).field : null };
    }),
  );
  const uniq = <T>(xs: (T | null)[]) => [...new Set(xs.filter((x): x is T => x !== null))];
  const items = all.filter(
    (p) =>
      (!q || matchesQuery(`${p.name} ${p.code ?? ""} ${p.field ?? ""}`, q)) &&
      (!field || p.field === field) &&
      (!tier || p.tier === tier) &&
      (parsed.level === undefined || p.level === parsed.level),
  );
  return {
    items,
    total: all.length,
    facets: {
      fields: uniq(all.map((p) => p.field)).sort((a, b) => a.localeCompare(b, "vi")),
      tiers: uniq(all.map((p) => p.tier)),
      levels: uniq(all.map((p) => p.level)).sort(),
    },
  };
}
