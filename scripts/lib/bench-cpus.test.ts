import { describe, expect, it, vi } from "vitest";
import { onDedicatedCpus, splitCpus } from "./bench-cpus";

describe("splitCpus", () => {
  it.each([
    [1, null],
    [2, { server: "0", client: "1" }],
    [3, { server: "0", client: "1-2" }],
    [4, { server: "0-1", client: "2-3" }],
    [16, { server: "0-7", client: "8-15" }],
  ])("%i CPUs → %o", (count, split) => {
    expect(splitCpus(count)).toEqual(split);
  });
});

describe("onDedicatedCpus", () => {
  it("leaves a server on another machine alone and says why", async () => {
    const run = vi.fn();
    const result = await onDedicatedCpus("postgres://bench@db.example.org:5432/test", run);
    expect(run).not.toHaveBeenCalled();
    // On a one-CPU machine there is nothing to split, which it says first.
    expect(result).toEqual({ skipped: expect.stringMatching(/not on this machine|one CPU/) });
  });
});
