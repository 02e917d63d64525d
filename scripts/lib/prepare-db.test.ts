import { describe, expect, it } from "vitest";
import { formatDemoAccounts } from "./prepare-db";

describe("formatDemoAccounts", () => {
  it("given accounts, then prints an aligned table with username, password, role and unit", () => {
    const table = formatDemoAccounts([
      { username: "admin", password: "pw", roles: ["admin"], unit: null },
      { username: "bd-px.reception", password: "pw", roles: ["reception"], unit: "HN-BD-PX" },
    ]);
    expect(table.split("\n")).toEqual([
      "username         password  role       unit",
      "---------------  --------  ---------  --------",
      "admin            pw        admin      —",
      "bd-px.reception  pw        reception  HN-BD-PX",
    ]);
  });
});
