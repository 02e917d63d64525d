import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { validate } from "@/engine/validate";
import { chain, doc, end, flow, gw, start, userTask } from "@/engine/validate/fixtures/xml";
import { parseBpmn } from "./parse";

const VALID = doc(
  [
    start(
      "Start",
      "<bpmn:timerEventDefinition><bpmn:timeDate>2026-03-02T09:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition>",
    ),
    userTask("A", { sla: "2", form: "f" }),
    gw("exclusive", "X", 'default="F_X_J"'),
    gw("parallel", "J"),
    end(),
    chain("Start", "A", "X", "J", "End"),
    flow("Fc", "X", "End", "=a > 1"),
    '<bpmn:boundaryEvent id="B" attachedToRef="A"><bpmn:messageEventDefinition messageRef="M"/></bpmn:boundaryEvent>',
  ].join("\n"),
  { roots: '<bpmn:message id="M" name="m"/>' },
);

/** Every outcome must be a verdict: definitions or problems, never a throw. */
async function verdict(xml: string) {
  const parsed = await parseBpmn(xml);
  expect(parsed.definitions !== null || parsed.problems.length > 0).toBe(true);
  const result = await validate(xml, {});
  expect(typeof result.ok).toBe("boolean");
  expect(result.ok || result.problems.some((p) => p.severity === "error")).toBe(true);
}

describe("parseBpmn / validate never throw", () => {
  it("on random strings", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), verdict), { numRuns: 200 });
  });

  it("on random XML-ish text", async () => {
    const token = fc.constantFrom(
      "<",
      ">",
      "/",
      "bpmn:",
      "definitions",
      "process",
      ' id="a"',
      "=",
      '"',
      "&amp;",
      "&#0;",
      "<![CDATA[",
      "]]>",
      "<!--",
      "-->",
      'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(token, { maxLength: 60 }).map((t) => t.join("")),
        verdict,
      ),
      { numRuns: 200 },
    );
  });

  it("on truncated valid XML", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: VALID.length }), (n) => verdict(VALID.slice(0, n))),
      { numRuns: 150 },
    );
  });

  it("on mutated attribute values", async () => {
    const attrs = [...VALID.matchAll(/="([^"]*)"/g)];
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("", "Ghost", "A", "F_X_J", "true", "-1", "=", "P", "R/"),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: attrs.length - 1 }), value, async (i, v) => {
        const m = attrs[i];
        if (!m || m.index === undefined) return;
        const safe = v.replace(/["<&]/g, "");
        await verdict(VALID.slice(0, m.index) + `="${safe}"` + VALID.slice(m.index + m[0].length));
      }),
      { numRuns: 200 },
    );
  });

  it("on deleted and duplicated elements", async () => {
    const lines = VALID.split("\n");
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: lines.length - 1 }), fc.boolean(), async (i, dup) => {
        const copy = [...lines];
        if (dup) copy.splice(i, 0, lines[i] ?? "");
        else copy.splice(i, 1);
        await verdict(copy.join("\n"));
      }),
      { numRuns: 100 },
    );
  });
});
