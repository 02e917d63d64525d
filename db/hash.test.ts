import { describe, expect, it } from "vitest";
import { matchesSha256, sha256Hex } from "./hash";

describe("sha256Hex", () => {
  it("is the standard digest of the UTF-8 text", () => {
    expect(sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(sha256Hex("abc"));
  });

  it("matches a secret against its digest and nothing else", () => {
    const kept = sha256Hex("bí mật");
    expect(matchesSha256("bí mật", kept)).toBe(true);
    expect(matchesSha256("bi mat", kept)).toBe(false);
    expect(matchesSha256("bí mật", null)).toBe(false);
    expect(matchesSha256("bí mật", "abcd")).toBe(false);
  });
});
