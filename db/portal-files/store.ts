/**
 * Upload bytes on disk, outside the web root, named by a random id (never by
 * the citizen's file name, so no path from outside reaches the file system).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { portalConfig } from "./config";

const NAME = /^[0-9a-f-]{36}$/;

function fileFor(id: string, dir: string): string {
  if (!NAME.test(id)) throw new Error(`bad stored file id ${id}`);
  return path.join(dir, id.slice(0, 2), id);
}

/** Writes the bytes; returns the storage path recorded on the attachment row (relative to the upload dir). */
export async function storeBytes(id: string, bytes: Uint8Array): Promise<string> {
  const dir = portalConfig().uploadDir;
  const file = fileFor(id, dir);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  return path.relative(dir, file);
}

export async function readStored(storagePath: string): Promise<Buffer> {
  const dir = portalConfig().uploadDir;
  return readFile(fileFor(path.basename(storagePath), dir));
}

/** Removes a stored file; one already gone is not an error. */
export async function removeStored(storagePath: string): Promise<void> {
  const dir = portalConfig().uploadDir;
  await rm(fileFor(path.basename(storagePath), dir), { force: true });
}
