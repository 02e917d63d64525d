import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildStaleReason } from "./build";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function fixture(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "mot-cua-build-"));
  roots.push(root);
  mkdirSync(path.join(root, "app"), { recursive: true });
  mkdirSync(path.join(root, ".next"), { recursive: true });
  return root;
}

function touch(file: string, secondsAgo: number): void {
  writeFileSync(file, "x");
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, t, t);
}

describe("buildStaleReason", () => {
  it("given no BUILD_ID, then a build is needed", () => {
    expect(buildStaleReason(fixture())).toBe("no production build yet");
  });

  it("given a build newer than every source, then nothing to do", () => {
    const root = fixture();
    touch(path.join(root, "app", "page.tsx"), 60);
    touch(path.join(root, ".next", "BUILD_ID"), 10);
    expect(buildStaleReason(root)).toBeNull();
  });

  it("given a source edited after the build, then the build is stale", () => {
    const root = fixture();
    touch(path.join(root, ".next", "BUILD_ID"), 60);
    touch(path.join(root, "app", "page.tsx"), 10);
    expect(buildStaleReason(root)).toBe("sources changed since the last build");
  });

  it("given only a test edited after the build, then the build is current", () => {
    const root = fixture();
    touch(path.join(root, "app", "page.tsx"), 60);
    touch(path.join(root, ".next", "BUILD_ID"), 30);
    touch(path.join(root, "app", "page.test.ts"), 10);
    expect(buildStaleReason(root)).toBeNull();
  });
});
