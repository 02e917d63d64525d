import { describe, expect, it } from "vitest";
import { parseBpmn } from "@/engine/bpmn/parse";
import type { ProcessModel } from "@/engine/model/types";
import { chain, doc, end, flow, gw, start, userTask } from "../fixtures/xml";
import { analyseBlocks } from "./blocks";

async function model(parts: string[]): Promise<ProcessModel> {
  const { definitions } = await parseBpmn(doc(parts.join("\n")));
  const p = definitions?.processes[0];
  if (!p) throw new Error("fixture did not parse");
  return p;
}

const tasks = (...ids: string[]) => ids.map((id) => userTask(id)).join("");
const terminate = (id: string) => end(id, "<bpmn:terminateEventDefinition/>");
const codes = (r: ReturnType<typeof analyseBlocks>) => r.problems.map((p) => [p.code, p.id]);

describe("analyseBlocks", () => {
  it("pairs a parallel split with its join and lists the branches in flow order", async () => {
    const p = await model([
      start(),
      gw("parallel", "S"),
      tasks("B", "C"),
      gw("parallel", "J"),
      end(),
      chain("Start", "S", "B", "J", "End"),
      chain("S", "C", "J"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(r.problems).toEqual([]);
    expect(r.blocks).toEqual([
      {
        kind: "parallel",
        split: "S",
        join: "J",
        branches: [["B"], ["C"]],
        flows: ["F_S_B", "F_S_C"],
        branchNodes: [["B"], ["C"]],
      },
    ]);
  });

  it("finds a parallel block nested in an inclusive one", async () => {
    const p = await model([
      start(),
      gw("inclusive", "I", 'default="F_I_PS"'),
      gw("parallel", "PS"),
      tasks("A", "B", "C"),
      gw("parallel", "PJ"),
      gw("inclusive", "IJ"),
      end(),
      chain("Start", "I", "PS", "A", "PJ", "IJ", "End"),
      chain("PS", "B", "PJ"),
      flow("F_I_C", "I", "C", "=x"),
      chain("C", "IJ"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(r.problems).toEqual([]);
    const outer = r.blocks.find((b) => b.split === "I");
    expect(outer).toMatchObject({ kind: "inclusive", join: "IJ", branches: [["PS"], ["C"]] });
    expect(new Set(outer?.branchNodes[0])).toEqual(new Set(["PS", "A", "B", "PJ"]));
    expect(r.blocks.find((b) => b.split === "PS")).toMatchObject({ kind: "parallel", join: "PJ" });
  });

  it("accepts a loop inside a branch", async () => {
    const p = await model([
      start(),
      gw("parallel", "S"),
      gw("exclusive", "M"),
      tasks("A", "B"),
      gw("exclusive", "X", 'default="F_X_J"'),
      gw("parallel", "J"),
      end(),
      chain("Start", "S", "M", "A", "X", "J", "End"),
      flow("Back", "X", "M", "=again"),
      chain("S", "B", "J"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(r.problems).toEqual([]);
    expect(r.blocks).toHaveLength(1);
  });

  it("rejects crossing joins and names both gateways", async () => {
    // S1 → A, S2;  S2 → B, C;  A + B → J1;  J1 + C → J2
    const p = await model([
      start(),
      gw("parallel", "S1"),
      gw("parallel", "S2"),
      tasks("A", "B", "C"),
      gw("parallel", "J1"),
      gw("parallel", "J2"),
      end(),
      chain("Start", "S1", "A", "J1", "J2", "End"),
      chain("S1", "S2", "B", "J1"),
      chain("S2", "C", "J2"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(codes(r)).toContainEqual(["gateway-not-paired", "S2"]);
    const msg = r.problems.find((x) => x.id === "S2")?.message ?? "";
    expect(msg).toContain("J1");
    expect(msg).toContain("J2");
    expect(r.blocks).toEqual([]);
  });

  it("accepts a fork without a join whose branches each end on their own", async () => {
    const p = await model([
      start(),
      gw("parallel", "S"),
      tasks("A", "B"),
      end("E1"),
      end("E2"),
      chain("Start", "S", "A", "E1"),
      chain("S", "B", "E2"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(codes(r)).toEqual([]);
    expect(r.blocks).toMatchObject([{ split: "S", join: null }]);
  });

  it("rejects a split whose branches neither meet nor end apart", async () => {
    const p = await model([
      start(),
      gw("parallel", "S"),
      tasks("A", "B", "C"),
      end("E1"),
      chain("Start", "S", "A", "C", "E1"),
      chain("S", "B", "C"),
    ]);
    expect(codes(analyseBlocks(p, "P"))).toEqual([["gateway-not-paired", "S"]]);
  });

  it("rejects a join with no matching split", async () => {
    const p = await model([
      start(),
      gw("exclusive", "X", 'default="F_X_B"'),
      tasks("A", "B"),
      gw("parallel", "J"),
      end(),
      flow("F_X_A", "X", "A", "=a"),
      chain("Start", "X", "B", "J", "End"),
      chain("A", "J"),
    ]);
    expect(codes(analyseBlocks(p, "P"))).toEqual([["gateway-join-unmatched", "J"]]);
  });

  it("rejects a parallel branch that can end before the join, allows a terminate end", async () => {
    const parts = (endEl: string) => [
      start(),
      gw("parallel", "S"),
      tasks("A", "B"),
      gw("exclusive", "X", 'default="F_X_J"'),
      gw("parallel", "J"),
      end(),
      endEl,
      chain("Start", "S", "A", "X", "J", "End"),
      flow("F_X_E", "X", "Early", "=reject"),
      chain("S", "B", "J"),
    ];
    expect(codes(analyseBlocks(await model(parts(end("Early"))), "P"))).toEqual([
      ["gateway-branch-ends", "S"],
    ]);
    expect(analyseBlocks(await model(parts(terminate("Early"))), "P").problems).toEqual([]);
  });

  it("lets an inclusive branch end early", async () => {
    const p = await model([
      start(),
      gw("inclusive", "S", 'default="F_S_A"'),
      tasks("A", "B", "C"),
      gw("inclusive", "J"),
      end(),
      end("Early"),
      chain("Start", "S", "A", "J", "End"),
      flow("F_S_B", "S", "B", "=b"),
      chain("B", "J"),
      flow("F_S_C", "S", "C", "=c"),
      chain("C", "Early"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(r.problems).toEqual([]);
    expect(r.blocks[0]).toMatchObject({ split: "S", join: "J" });
  });

  it("rejects a parallel split closed by an inclusive join", async () => {
    const p = await model([
      start(),
      gw("parallel", "S"),
      tasks("B", "C"),
      gw("inclusive", "J"),
      end(),
      chain("Start", "S", "B", "J", "End"),
      chain("S", "C", "J"),
    ]);
    expect(codes(analyseBlocks(p, "P"))).toEqual([["gateway-not-paired", "S"]]);
  });

  it("rejects branches that merge before the join", async () => {
    const p = await model([
      start(),
      gw("parallel", "S"),
      tasks("A", "B", "C", "D"),
      gw("parallel", "J"),
      end(),
      chain("Start", "S", "A", "C", "J", "End"),
      chain("S", "B", "C"),
      chain("S", "D", "J"),
    ]);
    expect(codes(analyseBlocks(p, "P"))).toContainEqual(["gateway-branches-merge", "S"]);
  });

  it("rejects a loop from inside a branch back to before the split", async () => {
    const p = await model([
      start(),
      gw("exclusive", "M"),
      gw("parallel", "S"),
      tasks("A", "B"),
      gw("exclusive", "X", 'default="F_X_J"'),
      gw("parallel", "J"),
      end(),
      chain("Start", "M", "S", "A", "X", "J", "End"),
      flow("Back", "X", "M", "=again"),
      chain("S", "B", "J"),
    ]);
    expect(codes(analyseBlocks(p, "P"))).toContainEqual(["gateway-not-paired", "S"]);
  });

  it("pairs an implicit split from a task like a parallel gateway", async () => {
    const p = await model([
      start(),
      tasks("A", "B", "C"),
      gw("parallel", "J"),
      end(),
      chain("Start", "A", "B", "J", "End"),
      chain("A", "C", "J"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(r.problems).toEqual([]);
    expect(r.blocks).toEqual([
      expect.objectContaining({
        kind: "parallel",
        split: "A",
        join: "J",
        branches: [["B"], ["C"]],
      }),
    ]);
  });

  it("handles a gateway that joins one block and splits the next", async () => {
    const p = await model([
      start(),
      gw("parallel", "S"),
      tasks("A", "B", "C", "D"),
      gw("parallel", "G"),
      gw("parallel", "J"),
      end(),
      chain("Start", "S", "A", "G", "C", "J", "End"),
      chain("S", "B", "G"),
      chain("G", "D", "J"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(r.problems).toEqual([]);
    expect(r.blocks.map((b) => [b.split, b.join]).sort()).toEqual([
      ["G", "J"],
      ["S", "G"],
    ]);
  });

  it("accepts a direct split-to-join flow (an inclusive 'skip' branch)", async () => {
    const p = await model([
      start(),
      gw("inclusive", "S", 'default="F_S_J"'),
      tasks("A"),
      gw("inclusive", "J"),
      end(),
      flow("F_S_A", "S", "A", "=a"),
      chain("A", "J"),
      chain("Start", "S", "J", "End"),
    ]);
    const r = analyseBlocks(p, "P");
    expect(r.problems).toEqual([]);
    expect(r.blocks[0]).toMatchObject({ branches: [["A"], ["J"]], branchNodes: [["A"], []] });
  });

  it("lets a non-interrupting boundary path end on its own inside a branch, not reach the join", async () => {
    const reminder = (to: string) =>
      `<bpmn:boundaryEvent id="R" attachedToRef="A" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>${flow("FR", "R", to)}`;
    const parts = (to: string) => [
      start(),
      gw("parallel", "S"),
      tasks("A", "B"),
      gw("parallel", "J"),
      end(),
      end("RE"),
      chain("Start", "S", "A", "J", "End"),
      chain("S", "B", "J"),
      reminder(to),
    ];
    expect(analyseBlocks(await model(parts("RE")), "P").problems).toEqual([]);
    expect(codes(analyseBlocks(await model(parts("J")), "P"))).toContainEqual([
      "gateway-side-path-joins",
      "S",
    ]);
  });

  it("analyses the scope it is given (a subprocess)", async () => {
    const inner = [
      start("IS"),
      gw("parallel", "S"),
      tasks("A", "B"),
      gw("parallel", "J"),
      end("IE"),
      chain("IS", "S", "A", "J", "IE"),
      chain("S", "B", "J"),
    ].join("");
    const p = await model([
      start(),
      `<bpmn:subProcess id="Sub">${inner}</bpmn:subProcess>`,
      end(),
      chain("Start", "Sub", "End"),
    ]);
    expect(analyseBlocks(p, "P").blocks).toEqual([]);
    expect(analyseBlocks(p, "Sub").blocks).toEqual([
      expect.objectContaining({ split: "S", join: "J" }),
    ]);
  });
});
