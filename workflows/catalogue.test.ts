/**
 * Static checks of the shipped catalogue: every procedure folder is complete
 * (model, forms, README, scenarios) and its model passes the engine's
 * `validate` command (DESIGN.md §6).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, WORKFLOWS } from "./run-cli";

const folders = readdirSync(WORKFLOWS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const STATUSES = ["active", "completed", "terminated", "rejected", "incident"];
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

interface Component {
  id?: string;
  key?: string;
  path?: string;
  type: string;
  components?: Component[];
}

function walk(components: Component[], visit: (c: Component) => void): void {
  for (const c of components) {
    visit(c);
    if (c.components) walk(c.components, visit);
  }
}

function readForms(
  folder: string,
): Map<
  string,
  { file: string; schema: { id: string; components: Component[] } & Record<string, unknown> }
> {
  const forms = new Map<
    string,
    { file: string; schema: { id: string; components: Component[] } & Record<string, unknown> }
  >();
  for (const file of readdirSync(join(WORKFLOWS, folder)).filter((f) => f.endsWith(".form"))) {
    const schema = JSON.parse(readFileSync(join(WORKFLOWS, folder, file), "utf8")) as {
      id: string;
      components: Component[];
    } & Record<string, unknown>;
    forms.set(schema.id, { file, schema });
  }
  return forms;
}

describe("workflow catalogue", () => {
  it("ships at least six procedures and a catalogue README", () => {
    expect(folders.length).toBeGreaterThanOrEqual(6);
    expect(existsSync(join(WORKFLOWS, "README.md"))).toBe(true);
    const readme = readFileSync(join(WORKFLOWS, "README.md"), "utf8");
    for (const folder of folders)
      expect(readme, `catalogue README lists ${folder}`).toContain(folder);
  });

  for (const folder of folders) {
    describe(folder, () => {
      const bpmnPath = join(WORKFLOWS, folder, `${folder}.bpmn`);

      it("has a kebab-case ASCII name, a model named after it and a README", () => {
        expect(folder).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(existsSync(bpmnPath)).toBe(true);
        expect(
          readFileSync(join(WORKFLOWS, folder, "README.md"), "utf8").trim().length,
        ).toBeGreaterThan(200);
      });

      it("declares the process properties and the Camunda 8 dialect", () => {
        const xml = readFileSync(bpmnPath, "utf8");
        expect(xml).toContain('xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"');
        expect(xml).toContain('modeler:executionPlatform="Camunda Cloud"');
        expect(xml).toMatch(/<bpmn:process [^>]*isExecutable="true"/);
        for (const name of ["code", "level", "sla", "fee"])
          expect(xml, name).toMatch(new RegExp(`<zeebe:property name="${name}" value="[^"]+"`));
        expect(xml).toContain("<bpmndi:BPMNDiagram");
      });

      it("references only forms that exist, each a well-formed form-js schema", () => {
        const xml = readFileSync(bpmnPath, "utf8");
        const forms = readForms(folder);
        const referenced = [...xml.matchAll(/formId="([^"]+)"/g)].map((m) => m[1]!);
        expect(referenced.length).toBeGreaterThan(0);
        for (const id of referenced) expect(forms.has(id), `form ${id}`).toBe(true);
        for (const { file, schema } of forms.values()) {
          expect(schema.type, file).toBe("default");
          expect(schema.schemaVersion, file).toBe(16);
          expect(schema.executionPlatform, file).toBe("Camunda Cloud");
          const ids = new Set<string>();
          const keys = new Set<string>();
          walk(schema.components, (c) => {
            expect(c.id, `${file}: component without id`).toBeTruthy();
            expect(ids.has(c.id!), `${file}: duplicate id ${c.id}`).toBe(false);
            ids.add(c.id!);
            const key = c.key ?? c.path;
            if (key) {
              expect(key, file).toMatch(CAMEL);
              expect(keys.has(key), `${file}: duplicate key ${key}`).toBe(false);
              keys.add(key);
            }
          });
        }
      });

      it("has scenarios in the DESIGN §6 format, each with an expect block", () => {
        const dir = join(WORKFLOWS, folder, "scenarios");
        const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
        expect(files.length).toBeGreaterThanOrEqual(3);
        const xml = readFileSync(bpmnPath, "utf8");
        const hasElement = (id: string) => xml.includes(` id="${id}"`);
        for (const file of files) {
          const s = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown> & {
            org: { levels: string[]; units: { code: string; level: string }[] };
            jurisdiction: string;
            submittedAt: string;
            steps: Record<string, unknown>[];
            expect: {
              status: string;
              endEvent?: string;
              history?: string[];
              openTasks?: { element: string }[];
            };
          };
          expect(typeof s._comment, `${file}: _comment`).toBe("string");
          expect(Array.isArray(s.org.levels), file).toBe(true);
          expect(
            s.org.units.some((u) => u.code === s.jurisdiction),
            `${file}: jurisdiction in org`,
          ).toBe(true);
          for (const u of s.org.units)
            expect(s.org.levels, `${file}: unit ${u.code}`).toContain(u.level);
          expect(s.submittedAt, file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\+07:00$/);
          expect(typeof s.data, file).toBe("object");
          expect(Array.isArray(s.steps), file).toBe(true);
          for (const step of s.steps) {
            const kinds = ["complete", "wait", "message"].filter((k) => k in step);
            expect(kinds, `${file}: step ${JSON.stringify(step)}`).toHaveLength(1);
            if (typeof step.complete === "string")
              expect(hasElement(step.complete), `${file}: ${step.complete}`).toBe(true);
          }
          expect(STATUSES, file).toContain(s.expect.status);
          const ids = [
            ...(s.expect.history ?? []),
            ...(s.expect.openTasks ?? []).map((t) => t.element),
            ...(s.expect.endEvent ? [s.expect.endEvent] : []),
          ];
          for (const id of ids)
            expect(hasElement(id), `${file}: expected element ${id}`).toBe(true);
        }
      });

      it("passes the engine's validate command", async () => {
        const { code, stdout, stderr } = await runCli(["validate", bpmnPath]);
        let result: { ok: boolean; problems: unknown[] };
        try {
          result = JSON.parse(stdout) as { ok: boolean; problems: unknown[] };
        } catch {
          throw new Error(`validate printed no JSON (exit ${code}): ${stderr.slice(0, 2000)}`);
        }
        expect(result.ok, JSON.stringify(result.problems, null, 2)).toBe(true);
        expect(code).toBe(0);
      });
    });
  }
});
