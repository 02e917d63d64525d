/**
 * Property: for random block-structured models (tasks and message catch
 * events in sequences, parallel, exclusive and inclusive blocks, nested) and
 * random orders of completions and messages, every task and message on the
 * chosen paths is taken exactly once (no token lost or duplicated), each
 * join fires exactly once, and the run ends completed with nothing left
 * open or awaited.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar";
import { parseBpmn } from "../bpmn/parse";
import { start, step, type Environment, type StepResult } from "../step";
import { ORG, flow, procXml, userTask } from "../testing/bpmn";
import { compile } from ".";

type Block =
  | { t: "task" }
  | { t: "msg" }
  | { t: "seq"; items: Block[] }
  | { t: "par"; branches: Block[] }
  | { t: "xor"; branches: Block[] }
  | { t: "or"; branches: Block[] };

const blockArb: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant<Block>({ t: "task" }),
    fc.constant<Block>({ t: "msg" }),
    fc.record({
      t: fc.constant("seq" as const),
      items: fc.array(tie("block"), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      t: fc.constant("par" as const),
      branches: fc.array(tie("block"), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({
      t: fc.constant("xor" as const),
      branches: fc.array(tie("block"), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({
      t: fc.constant("or" as const),
      branches: fc.array(tie("block"), { minLength: 2, maxLength: 3 }),
    }),
  ),
})).block;

interface Built {
  xml: string[];
  entry: string;
  exit: string;
}

/** Renders a block as BPMN between a fresh entry and exit node; records what a run must do. */
class Renderer {
  n = 0;
  joins: string[] = [];
  messages: string[] = [];
  constructor(
    private readonly choose: (gw: string, count: number, inclusive: boolean) => number[],
  ) {}
  expected: string[] = [];

  render(b: Block, taken: boolean): Built {
    const id = (p: string) => `${p}_${++this.n}`;
    if (b.t === "task") {
      const t = id("T");
      if (taken) this.expected.push(t);
      return { xml: [userTask(t)], entry: t, exit: t };
    }
    if (b.t === "msg") {
      const m = id("M");
      if (taken) this.expected.push(m);
      this.messages.push(m);
      const xml = `<bpmn:intermediateCatchEvent id="${m}"><bpmn:messageEventDefinition messageRef="Msg_${m}"/></bpmn:intermediateCatchEvent>`;
      return { xml: [xml], entry: m, exit: m };
    }
    if (b.t === "seq") {
      const parts = b.items.map((i) => this.render(i, taken));
      const xml = parts.flatMap((p) => p.xml);
      parts.slice(1).forEach((p, i) => xml.push(flow(id("F"), (parts[i] as Built).exit, p.entry)));
      return {
        xml,
        entry: (parts[0] as Built).entry,
        exit: (parts[parts.length - 1] as Built).exit,
      };
    }
    const kind = b.t === "par" ? "parallel" : b.t === "xor" ? "exclusive" : "inclusive";
    const split = id("Split");
    const join = id("Join");
    const chosen =
      b.t === "par"
        ? b.branches.map((_, i) => i)
        : this.choose(split, b.branches.length, b.t === "or");
    const xml = [`<bpmn:${kind}Gateway id="${split}"/>`, `<bpmn:${kind}Gateway id="${join}"/>`];
    if (taken) this.joins.push(join);
    b.branches.forEach((branch, i) => {
      const part = this.render(branch, taken && chosen.includes(i));
      xml.push(...part.xml);
      const cond = b.t === "par" ? undefined : `=${split}_${i}`;
      xml.push(flow(id("F"), split, part.entry, cond), flow(id("F"), part.exit, join));
    });
    return { xml, entry: split, exit: join };
  }
}

async function runModel(
  block: Block,
  choices: number[][],
  order: number[],
): Promise<{ r: StepResult; renderer: Renderer; completed: string[] }> {
  let c = 0;
  const vars: Record<string, boolean> = {};
  // Which branches each exclusive (one) or inclusive (one or more) split takes, set as the conditions' variables.
  const renderer = new Renderer((gw, count, inclusive) => {
    const pick = choices[c++ % Math.max(1, choices.length)] ?? [0];
    const chosen = [...new Set(pick.map((p) => p % count))];
    const final = inclusive ? chosen : chosen.slice(0, 1);
    for (let i = 0; i < count; i++) vars[`${gw}_${i}`] = final.includes(i);
    return final;
  });
  const body = renderer.render({ t: "seq", items: [block] }, true);
  const messages = renderer.messages
    .map((m) => `<bpmn:message id="Msg_${m}" name="msg-${m}"/>`)
    .join("");
  const xml = procXml(
    `<bpmn:startEvent id="S"/><bpmn:endEvent id="E"/>${body.xml.join("")}${flow("F_s", "S", body.entry)}${flow("F_e", body.exit, "E")}`,
  ).replace("</bpmn:definitions>", `${messages}</bpmn:definitions>`);
  const parsed = await parseBpmn(xml);
  if (!parsed.definitions) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  const proc = compile(parsed.definitions);
  const env: Environment = {
    now: new Date("2026-03-02T02:00:00Z"),
    org: ORG,
    calendar: createCalendar(),
  };
  let r = start(proc, { jurisdiction: "HN-BD-PX", data: vars }, env);
  const completed: string[] = [];
  for (let i = 0; i < 200; i++) {
    // What can happen next: an open task completes, or an awaited message arrives.
    const ctx = r.snapshot.context;
    const next = [
      ...Object.values(ctx.tasks).map((t) => ({
        element: t.element,
        command: { type: "complete" as const, task: t.id, data: {} },
      })),
      ...Object.values(ctx.subs).map((m) => ({
        element: m.element,
        command: { type: "message" as const, name: m.message, data: {} },
      })),
    ];
    if (next.length === 0) break;
    const pick = next[(order[i % Math.max(1, order.length)] ?? 0) % next.length];
    if (!pick) break;
    completed.push(pick.element);
    r = step(proc, JSON.parse(JSON.stringify(r.snapshot)), pick.command, env);
  }
  return { r, renderer, completed };
}

describe("block-structured models (property)", () => {
  it("take every chosen task and message exactly once and join each block once, whatever the order", async () => {
    await fc.assert(
      fc.asyncProperty(
        blockArb,
        fc.array(fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.nat(10), { minLength: 1, maxLength: 30 }),
        async (block, choices, order) => {
          const { r, renderer, completed } = await runModel(block, choices, order);
          expect(r.status).toBe("completed");
          expect(r.snapshot.context.tasks).toEqual({});
          expect(r.snapshot.context.subs).toEqual({});
          expect([...completed].sort()).toEqual([...renderer.expected].sort());
          const fired = r.snapshot.context.history.filter(
            (h) => h.type.endsWith("Gateway") && h.element.startsWith("Join"),
          );
          expect(fired.map((h) => h.element).sort()).toEqual([...renderer.joins].sort());
        },
      ),
      { numRuns: 150 },
    );
  });
});
