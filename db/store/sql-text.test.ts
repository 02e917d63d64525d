import { describe, expect, it } from "vitest";
import { empty, join, q, render } from "./sql-text";

describe("sql-text", () => {
  it("numbers parameters in order through nested fragments", () => {
    const inner = q`b = ${2} and c = ${"x"}`;
    expect(render(q`select ${1}::int where ${inner} or d = ${null}`)).toEqual({
      text: "select $1::int where b = $2 and c = $3 or d = $4",
      params: [1, 2, "x", null],
    });
  });

  it("joins fragments and inlines empty ones", () => {
    const f = join([q`a as (${1})`, q`b as (${2})`], ", ");
    expect(render(q`with ${f}${empty} select`)).toEqual({
      text: "with a as ($1), b as ($2) select",
      params: [1, 2],
    });
    expect(render(join([], ", "))).toEqual({ text: "", params: [] });
  });

  it("never splices a value into the text, whatever it contains", () => {
    const evil = "'; drop table dossiers; --";
    const { text, params } = render(q`select ${evil}`);
    expect(text).toBe("select $1");
    expect(params).toEqual([evil]);
  });
});
