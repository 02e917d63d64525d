import { describe, expect, it } from "vitest";
import { emptyMessages, messageKeys } from "@/app/_lib/catalogue-keys";
import base from "../../messages/vi.json";
import en from "../../messages/inbox/en.json";
import vi from "../../messages/inbox/vi.json";
import { errorKey } from "./_lib/error-key";
import { ServiceError } from "@/db/services/errors";

describe("the inbox catalogue", () => {
  it("given vi.json and en.json, then both have the same keys and no empty message", () => {
    expect(messageKeys(en).sort()).toEqual(messageKeys(vi).sort());
    for (const catalogue of [vi, en]) expect(emptyMessages(catalogue)).toEqual([]);
  });

  it("given the base catalogue's inbox keys, then the inbox catalogue does not shadow them", () => {
    const shadowed = Object.keys(vi).filter((k) => k in base.inbox);
    expect(shadowed).toEqual([]);
  });
});

describe("errorKey", () => {
  it.each([
    [
      new ServiceError("CONFLICT", "x", [{ id: "t", message: "claimed by another official" }]),
      "claimedByOther",
    ],
    [new ServiceError("CONFLICT", "x", [{ id: "t", message: "completed" }]), "alreadyClosed"],
    [
      new ServiceError("CONFLICT", "x", [{ id: "d", message: "supplement already requested" }]),
      "supplementOnce",
    ],
    [
      new ServiceError("CONFLICT", "x", [{ id: "d", message: "apology already issued" }]),
      "apologyOnce",
    ],
    [new ServiceError("CONFLICT", "x", [{ id: "d", message: "refused" }]), "dossierFinished"],
    [new ServiceError("CONFLICT", "x"), "conflict"],
    [new ServiceError("VALIDATION", "x"), "validation"],
    [new ServiceError("FORBIDDEN", "x"), "forbidden"],
  ])("given %o, then it is explained as %s", (error, key) => {
    expect(errorKey(error)).toBe(key);
  });
});
