import { describe, expect, it } from "vitest";
import { isCurrentArea } from "./nav-items";

describe("isCurrentArea", () => {
  it.each([
    ["/", "/", true],
    ["/", "/inbox", false],
    ["/inbox", "/inbox", true],
    ["/inbox", "/inbox/123", true],
    ["/admin", "/administration", false],
    ["/studio", "/", false],
  ])("given href %s on %s, then %s", (href, pathname, expected) => {
    expect(isCurrentArea(href, pathname)).toBe(expected);
  });
});
