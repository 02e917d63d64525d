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
import { loadModelFiles } from "@/engine/cli/io";
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
    const model = await loadModelFiles(join(dir, files.find((f) => f.endsWith(".bpmn")) as string));
    const parsed = await parseBpmn(model.xml);
    expect(parsed.definitions).not.toBeNull();
    const proc = compile(parsed.definitions!, { forms: model.forms });
    const scenario = Scenario.parse(JSON.parse(readFileSync(join(dir, "scenarios", file), "utf8")));
    const inMemory = runScenario(proc, scenario);
    const rehydrated = runScenario(proc, scenario, { rehydrate: true });
    expect(rehydrated).toEqual(inMemory);
  });
});
