/**
 * Reading and checking an organisation CSV (`code,name,level,kind,parent`),
 * without touching the database: the importer hands in the levels and the
 * units already stored. Every bad row is reported with its line number so an
 * operator can fix the whole file in one go.
 */
import { parse } from "csv-parse/sync";

/** One data row of the file. `line` is 1-based and counts the header. */
export interface UnitCsvRow {
  line: number;
  code: string;
  name: string;
  level: string;
  kind: string | null;
  parent: string | null;
}

export interface CsvProblem {
  line: number;
  code?: string;
  message: string;
}

/** A unit already in the database, as the checks need it. */
export interface KnownUnit {
  level: string;
  parent: string | null;
}

const REQUIRED = ["code", "name", "level"] as const;
const ALLOWED = new Set(["code", "name", "level", "kind", "parent"]);
/** Letters, digits and `.`, `_`, `-`; starting with a letter or digit (codes appear in URLs and usernames). */
export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const KIND = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Parses the CSV text (UTF-8, BOM tolerated, header required). */
export function parseUnitsCsv(text: string): { rows: UnitCsvRow[]; problems: CsvProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes with its line number; the typings do not model that option.
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      problems: [{ line, message: `the file is not valid CSV: ${(error as Error).message}` }],
    };
  }
  const [head, ...body] = records;
  if (!head)
    return {
      rows: [],
      problems: [
        { line: 1, message: "the file is empty; expected the header code,name,level,kind,parent" },
      ],
    };

  const header = head.record.map((h) => h.trim().toLowerCase());
  const problems: CsvProblem[] = [];
  const unknown = header.filter((h) => !ALLOWED.has(h));
  const missing = REQUIRED.filter((h) => !header.includes(h));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (unknown.length || missing.length || repeated.length) {
    const why = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      unknown.length ? `unknown ${unknown.map((u) => JSON.stringify(u)).join(", ")}` : "",
      repeated.length ? `repeated ${repeated.join(", ")}` : "",
    ].filter(Boolean);
    problems.push({
      line: head.info.lines,
      message: `bad header (${why.join("; ")}); expected code,name,level,kind,parent`,
    });
    return { rows: [], problems };
  }

  const rows: UnitCsvRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.length) {
      problems.push({
        line: info.lines,
        message: `expected ${header.length} columns, found ${record.length}`,
      });
      continue;
    }
    const cell = (name: string) => {
      const i = header.indexOf(name);
      return i < 0 ? "" : (record[i] ?? "").trim();
    };
    rows.push({
      line: info.lines,
      code: cell("code"),
      name: cell("name").normalize("NFC"),
      level: cell("level"),
      kind: cell("kind") || null,
      parent: cell("parent") || null,
    });
  }
  return { rows, problems };
}

/**
 * Checks rows against each other and against the stored organisation:
 * codes, names, levels, kinds, duplicates, parents (in the file or stored),
 * parent level not below the child's, and cycles.
 */
export function checkUnits(
  rows: readonly UnitCsvRow[],
  levels: readonly string[],
  known: ReadonlyMap<string, KnownUnit>,
): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const report = (row: UnitCsvRow, message: string) =>
    problems.push({ line: row.line, code: row.code || undefined, message });
  const rank = new Map(levels.map((l, i) => [l, i]));
  if (levels.length === 0)
    return rows.map((r) => ({
      line: r.line,
      code: r.code,
      message: "no levels are configured; set the levels first",
    }));

  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (!UNIT_CODE.test(row.code))
      report(
        row,
        `bad code ${JSON.stringify(row.code)}: use letters, digits, ".", "_" or "-" (at most 64)`,
      );
    const seen = firstLine.get(row.code);
    if (seen !== undefined) report(row, `duplicate code ${row.code} (first on line ${seen})`);
    else firstLine.set(row.code, row.line);
    if (row.name === "") report(row, "empty name");
    else if (row.name.length > 255) report(row, "name longer than 255 characters");
    if (!rank.has(row.level))
      report(row, `unknown level ${JSON.stringify(row.level)} (levels: ${levels.join(", ")})`);
    if (row.kind !== null && !KIND.test(row.kind))
      report(row, `bad kind ${JSON.stringify(row.kind)}: use lower-case words joined by "-"`);
  }

  // The organisation as it would be after the import: stored units overlaid by the file (first row of a code wins).
  const final = new Map<string, KnownUnit & { row?: UnitCsvRow }>(known);
  for (const row of rows)
    if (firstLine.get(row.code) === row.line)
      final.set(row.code, { level: row.level, parent: row.parent, row });

  for (const row of rows) {
    if (row.parent === null) {
      if (rank.has(row.level) && rank.get(row.level) !== 0)
        report(row, `a unit at level ${row.level} needs a parent`);
      continue;
    }
    if (row.parent === row.code) {
      report(row, "a unit cannot be its own parent");
      continue;
    }
    const parent = final.get(row.parent);
    if (!parent) {
      report(row, `unknown parent ${row.parent}: neither in the file nor in the organisation`);
      continue;
    }
    const pr = rank.get(parent.level);
    const cr = rank.get(row.level);
    if (pr !== undefined && cr !== undefined && pr > cr)
      report(row, `parent ${row.parent} is at level ${parent.level}, below ${row.level}`);
  }
  // Stored children of units the file moves to a lower level.
  for (const [code, unit] of known) {
    const parentRow = unit.parent ? final.get(unit.parent)?.row : undefined;
    if (!parentRow || final.get(code)?.row) continue;
    const pr = rank.get(parentRow.level);
    const cr = rank.get(unit.level);
    if (pr !== undefined && cr !== undefined && pr > cr)
      report(
        parentRow,
        `level ${parentRow.level} would put it below its unit ${code} (${unit.level})`,
      );
  }

  for (const row of rows) {
    // Walk up from each row; meeting the row again means a cycle (bounded by the number of units).
    let at = final.get(row.code)?.parent ?? null;
    for (let steps = 0; at !== null && steps <= final.size; steps++) {
      if (at === row.code) {
        report(row, "its parents form a cycle");
        break;
      }
      at = final.get(at)?.parent ?? null;
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** Rows ordered so that every parent in the file comes before its children. */
export function parentsFirst(rows: readonly UnitCsvRow[]): UnitCsvRow[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const out: UnitCsvRow[] = [];
  const placed = new Set<string>();
  const place = (row: UnitCsvRow, depth: number) => {
    if (placed.has(row.code) || depth > rows.length) return;
    const parent = row.parent ? byCode.get(row.parent) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(row.code);
    out.push(row);
  };
  for (const row of rows) place(row, 0);
  return out;
}
