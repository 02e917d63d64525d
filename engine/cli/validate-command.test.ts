import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chain, doc, end, start, userTask } from "@/engine/validate/fixtures/xml";
import { runValidateCommand } from "./validate-command";

const formStart = (id: string) =>
  start(
    "Start",
    `<bpmn:extensionElements><zeebe:formDefinition formId="${id}"/></bpmn:extensionElements>`,
  );
const MODEL = doc(
  [formStart("to-khai"), userTask("A"), end(), chain("Start", "A", "End")].join("\n"),
);
const CALLER = doc(
  [
    start(),
    '<bpmn:callActivity id="Call"><bpmn:extensionElements><zeebe:calledElement processId="Child"/></bpmn:extensionElements></bpmn:callActivity>',
    end(),
    chain("Start", "Call", "End"),
  ].join("\n"),
);
const CHILD = doc([start(), end(), chain("Start", "End")].join(""))
  .replace('id="P"', 'id="Child"')
  .replace('id="Defs"', 'id="D2"');
const FORM = JSON.stringify({
  id: "to-khai",
  type: "default",
  components: [{ type: "textfield", key: "hoTen" }],
});

let dir = "";
const file = (name: string) => join(dir, name);
const out = (r: Awaited<ReturnType<typeof runValidateCommand>>) =>
  r.output as {
    ok: boolean;
    problems: { id: string | null; severity: string; message: string; code: string }[];
  };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "validate-cmd-"));
  await mkdir(file("forms"));
  await mkdir(file("alone"));
  await writeFile(file("model.bpmn"), MODEL);
  await writeFile(file("a-form-with-another-name.form"), FORM);
  await writeFile(file("caller.bpmn"), CALLER);
  await writeFile(file("child.bpmn"), CHILD);
  await writeFile(file("notes.form"), "{ not json");
  await writeFile(file("garbage.bpmn"), "this is not xml");
  await writeFile(file("dtd.bpmn"), '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]><d/>');
  await writeFile(file("forms/to-khai.form"), "{ broken");
  await writeFile(file("alone/model.bpmn"), MODEL);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("runValidateCommand", () => {
  it("finds forms by JSON id and called processes in the model's folder: exit 0", async () => {
    const r = await runValidateCommand([file("model.bpmn")]);
    expect(r.exitCode).toBe(0);
    expect(out(r).ok).toBe(true);
    // The broken notes.form is not referenced: only a warning.
    expect(out(r).problems).toContainEqual(
      expect.objectContaining({ code: "form-file-invalid", severity: "warning" }),
    );
    expect((await runValidateCommand([file("caller.bpmn")])).exitCode).toBe(0);
  });

  it("reports a referenced form that is missing from --forms: exit 1", async () => {
    const r = await runValidateCommand([file("alone/model.bpmn"), "--forms", file("alone")]);
    expect(r.exitCode).toBe(1);
    expect(out(r).problems).toContainEqual(
      expect.objectContaining({ id: "Start", severity: "error", code: "form-missing" }),
    );
  });

  it("makes a broken .form file an error when it seems to be the referenced form", async () => {
    const r = await runValidateCommand([file("model.bpmn"), `--forms=${file("forms")}`]);
    expect(r.exitCode).toBe(1);
    expect(out(r).problems).toContainEqual(
      expect.objectContaining({ code: "form-file-invalid", severity: "error" }),
    );
  });

  it("reports a called process that is missing: exit 1", async () => {
    await writeFile(file("alone/caller.bpmn"), CALLER);
    const r = await runValidateCommand([file("alone/caller.bpmn")]);
    expect(r.exitCode).toBe(1);
    expect(out(r).problems).toContainEqual(
      expect.objectContaining({ id: "Call", code: "called-process-missing" }),
    );
  });

  it.each([
    ["an unreadable file", [join("/nonexistent", "x.bpmn")], "file-unreadable"],
    ["garbage", ["garbage.bpmn"], "not-bpmn"],
    ["a DTD", ["dtd.bpmn"], "xml-dtd-refused"],
    ["no arguments", [], "bad-arguments"],
    ["an unknown option", ["model.bpmn", "--strict"], "bad-arguments"],
    ["--forms without a folder", ["model.bpmn", "--forms"], "bad-arguments"],
    [
      "a missing forms folder",
      ["model.bpmn", "--forms", "/nonexistent-dir"],
      "forms-dir-unreadable",
    ],
  ])("answers %s with exit 2 and JSON", async (_name, args, code) => {
    const r = await runValidateCommand(
      args.map((a) => (a.startsWith("/") || a.startsWith("--") ? a : file(a))),
    );
    expect(r.exitCode).toBe(2);
    expect(out(r)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ id: null, severity: "error", code })],
    });
  });
});

// The whole CLI as a black box, once the dispatcher's other command exists.
const RUN_COMMAND = join(__dirname, "run-command.ts");
describe.skipIf(!existsSync(RUN_COMMAND))("npm run engine -- validate (black box)", () => {
  const cli = (args: string[]) =>
    promisify(execFile)("npx", ["tsx", join(__dirname, "main.ts"), "validate", ...args], {
      cwd: join(__dirname, "../.."),
      timeout: 60_000,
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );

  it("prints the contract's JSON and exit codes", async () => {
    const ok = await cli([file("model.bpmn")]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, problems: expect.any(Array) });
    const bad = await cli([file("garbage.bpmn")]);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      ok: false,
      problems: [{ id: null, severity: "error" }],
    });
  });
});
