/**
 * Reading a model and what it refers to from disk, for the `validate` and
 * `run` commands (DESIGN.md §6): the .bpmn file, the `*.form` files of a
 * folder (matched by their JSON `id`, not their file name) and the processes
 * of the other `*.bpmn` files there (for call activities).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Definitions, FormSchema, Problem } from "@/engine/model/types";
import { MAX_BPMN_CHARS, parseBpmn } from "@/engine/bpmn/parse";
import { error, warning } from "@/engine/bpmn/problem";

const MAX_FORM_BYTES = 1_000_000;

/** Input that cannot be read at all: the command answers with exit code 2. */
export class InputError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = "InputError";
  }
}

export interface BadFormFile {
  file: string;
  /** Ids this file might have been meant to define (its name, any `"id"` in its text), to judge if it was referenced. */
  ids: string[];
  reason: string;
}

export interface ModelFiles {
  bpmnPath: string;
  xml: string;
  /** The folder searched for forms and called processes. */
  dir: string;
  formsDirGiven: boolean;
  forms: Record<string, FormSchema>;
  /** Form id → the file it came from. */
  formFiles: Record<string, string>;
  /** Process id → the definitions of the sibling file that holds it. */
  processes: Record<string, Definitions>;
  badForms: BadFormFile[];
  /** Findings about the folder's files (warnings: unreadable .form or .bpmn, duplicate form ids). */
  problems: Problem[];
}

/** Reads the model, the forms and the callable processes. Throws `InputError` when the model itself is unreadable. */
export async function loadModelFiles(bpmnPath: string, formsDir?: string): Promise<ModelFiles> {
  const xml = await readText(bpmnPath, MAX_BPMN_CHARS, "model");
  const dir = formsDir ?? dirname(bpmnPath);
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error("not a folder");
    names = (await readdir(dir)).sort();
  } catch (err) {
    throw new InputError(
      error(
        "forms-dir-unreadable",
        null,
        `Cannot read the folder ${dir}: ${why(err)}.`,
        `Không đọc được thư mục ${dir}: ${why(err)}.`,
      ),
    );
  }
  const files: ModelFiles = {
    bpmnPath,
    xml,
    dir,
    formsDirGiven: formsDir !== undefined,
    forms: {},
    formFiles: {},
    processes: {},
    badForms: [],
    problems: [],
  };
  for (const name of names) {
    const path = join(dir, name);
    if (name.endsWith(".form")) await loadForm(path, files);
    else if (extname(name) === ".bpmn" && resolve(path) !== resolve(bpmnPath))
      await loadProcesses(path, files);
  }
  return files;
}

async function loadForm(path: string, files: ModelFiles): Promise<void> {
  let text = "";
  try {
    text = await readText(path, MAX_FORM_BYTES, "form");
    const json: unknown = JSON.parse(text);
    const id = (json as { id?: unknown } | null)?.id;
    if (
      typeof json !== "object" ||
      json === null ||
      Array.isArray(json) ||
      typeof id !== "string" ||
      id.trim() === ""
    ) {
      throw new Error("it is not a form-js schema with an id");
    }
    const existing = files.formFiles[id];
    if (existing) {
      files.problems.push(
        warning(
          "form-duplicate-id",
          null,
          `Forms ${basename(existing)} and ${basename(path)} both have id "${id}"; ${basename(existing)} is used.`,
          `Biểu mẫu ${basename(existing)} và ${basename(path)} cùng có id "${id}"; dùng ${basename(existing)}.`,
        ),
      );
      return;
    }
    files.forms[id] = json as FormSchema;
    files.formFiles[id] = path;
  } catch (err) {
    const ids = [
      basename(path, ".form"),
      ...[...text.matchAll(/"id"\s*:\s*"([^"]{1,200})"/g)].map((m) => m[1] as string),
    ];
    files.badForms.push({ file: path, ids, reason: why(err) });
  }
}

async function loadProcesses(path: string, files: ModelFiles): Promise<void> {
  try {
    const { definitions } = await parseBpmn(await readText(path, MAX_BPMN_CHARS, "model"));
    if (!definitions) throw new Error("it is not BPMN");
    for (const p of definitions.processes) files.processes[p.id] ??= definitions;
  } catch (err) {
    files.problems.push(
      warning(
        "bpmn-file-invalid",
        null,
        `${basename(path)} in ${files.dir} could not be read for called processes: ${why(err)}.`,
        `Không đọc được ${basename(path)} trong ${files.dir} để tìm quy trình được gọi: ${why(err)}.`,
      ),
    );
  }
}

async function readText(path: string, max: number, what: "model" | "form"): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error("not a file");
    if (info.size > max) throw new Error(`larger than ${max} bytes`);
    return await readFile(path, "utf8");
  } catch (err) {
    if (what === "form") throw err;
    throw new InputError(
      error(
        "file-unreadable",
        null,
        `Cannot read ${path}: ${why(err)}.`,
        `Không đọc được ${path}: ${why(err)}.`,
      ),
    );
  }
}

function why(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0] ?? text;
}
