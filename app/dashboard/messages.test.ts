import { describe, expect, it } from "vitest";
import { emptyMessages, messageKeys } from "@/app/_lib/catalogue-keys";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";

describe("the dashboard catalogue", () => {
  it("given the dashboard keys of vi.json and en.json, then both have the same keys and no empty message", () => {
    expect(messageKeys(en.dashboard).sort()).toEqual(messageKeys(vi.dashboard).sort());
    for (const catalogue of [vi.dashboard, en.dashboard])
      expect(emptyMessages(catalogue)).toEqual([]);
  });

  it("given the Vietnamese messages, then they are written with diacritics", () => {
    // A catalogue typed without its tone marks reads as another language to a Vietnamese official.
    const text = messageKeys(vi.dashboard)
      .map((k) =>
        k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], vi.dashboard),
      )
      .join(" ");
    expect(text).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữựỳýỵỷỹ]/);
    expect(vi.dashboard.receiving.onTimeRate).toBe("Tỷ lệ đúng hạn");
  });
});
