/**
 * STYLE.md §3: for every shipped workflow, saving the snapshot as JSON and
 * restoring it before every command changes nothing — each scenario ends
 * exactly as it does when the snapshot stays in memory.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBpmn } from "@/engine/bpmn/parse";
import { compile } from "@/engine/compile";
import type { FormSchema } from "@/engine/model/types";
import { runScenario } from "@/engine/run/scenario";
import { Scenario } from "@/engine/run/scenario-schema";

const root = join(import.meta.dirname, ".");
const folders = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe.each(folders)("%s: save → restore → continue", (folder) => {
  const dir = join(root, folder);
  const files = readdirSync(dir);
  const scenarios = readdirSync(join(dir, "scenarios")).filter((f) => f.endsWith(".json"));

  it.each(scenarios)("%s ends the same when rehydrated before every command", async (file) => {
    const xml = readFileSync(join(dir, files.find((f) => f.endsWith(".bpmn")) as string), "utf8");
    const forms = Object.fromEntries(
      files
        .filter((f) => f.endsWith(".form"))
        .map((f) => {
          const form = JSON.parse(readFileSync(join(dir, f), "utf8")) as FormSchema;
          return [form.id, form];
        }),
    );
    const parsed = await parseBpmn(xml);
    expect(parsed.definitions).not.toBeNull();
    const proc = compile(parsed.definitions!, { forms });
    const scenario = Scenario.parse(JSON.parse(readFileSync(join(dir, "scenarios", file), "utf8")));
    const inMemory = runScenario(proc, scenario);
    const rehydrated = runScenario(proc, scenario, { rehydrate: true });
    expect(rehydrated).toEqual(inMemory);
  });
});
