import { describe, it } from "vitest";
import { chain, doc, end, flow, gw, start, userTask } from "./fixtures/xml";
import { check, type Case } from "./fixtures/expect";

const form = (id: string) =>
  `<bpmn:extensionElements><zeebe:formDefinition formId="${id}"/></bpmn:extensionElements>`;
const xorModel = (flows: string, attrs = "") =>
  doc(
    [
      start(),
      gw("exclusive", "G", attrs),
      userTask("A"),
      userTask("B"),
      end(),
      chain("Start", "G"),
      flows,
      chain("A", "End"),
      flow("F_B_End", "B", "End"),
    ].join("\n"),
  );

const cases: Case[] = [
  {
    name: "no start event",
    xml: doc([userTask("A"), end(), chain("A", "End")].join("")),
    has: [["start-missing", "P", "error"]],
  },
  {
    name: "two none starts",
    xml: doc(
      [
        start("S1"),
        start("S2"),
        userTask("A"),
        end(),
        chain("S1", "A", "End"),
        flow("F2", "S2", "A"),
      ].join(""),
    ),
    has: [["start-ambiguous", "P", "error"]],
  },
  {
    name: "a none start and a message start",
    xml: doc(
      [
        start("S1"),
        start("S2", '<bpmn:messageEventDefinition messageRef="M"/>'),
        userTask("A"),
        end(),
        chain("S1", "A", "End"),
        flow("F2", "S2", "A"),
      ].join(""),
      { roots: '<bpmn:message id="M" name="m"/>' },
    ),
  },
  {
    name: "start form present",
    xml: doc(
      [start("Start", form("form-a")), userTask("A"), end(), chain("Start", "A", "End")].join(""),
    ),
  },
  {
    name: "start form missing",
    xml: doc(
      [start("Start", form("nope")), userTask("A"), end(), chain("Start", "A", "End")].join(""),
    ),
    has: [["form-missing", "Start", "error"]],
  },
  {
    name: "task form broken",
    xml: doc([start(), userTask("A", { form: "bad" }), end(), chain("Start", "A", "End")].join("")),
    options: { forms: { bad: { id: "bad", components: "x" as never } } },
    has: [["form-invalid", "A", "error"]],
  },
  {
    name: "condition with a FEEL syntax error",
    xml: xorModel(
      [flow("FA", "G", "A", "=decision = "), flow("FB", "G", "B")].join(""),
      'default="FB"',
    ),
    has: [["feel-syntax", "FA", "error"]],
  },
  {
    name: "exclusive gateway with conditions and default",
    xml: xorModel(
      [flow("FA", "G", "A", '=decision = "approve"'), flow("FB", "G", "B")].join(""),
      'default="FB"',
    ),
  },
  {
    name: "flow without condition that is not the default",
    xml: xorModel([flow("FA", "G", "A", "=ok"), flow("FB", "G", "B")].join("")),
    has: [["condition-missing", "FB", "error"]],
  },
  {
    name: "all conditional and no default",
    xml: xorModel([flow("FA", "G", "A", "=ok"), flow("FB", "G", "B", "=not(ok)")].join("")),
    has: [["no-default-flow", "G", "warning"]],
  },
  {
    name: "conditional default flow",
    xml: xorModel(
      [flow("FA", "G", "A", "=ok"), flow("FB", "G", "B", "=not(ok)")].join(""),
      'default="FB"',
    ),
    has: [["default-flow-conditional", "FB", "warning"]],
  },
  {
    name: "condition on a flow leaving a task",
    xml: doc(
      [start(), userTask("A"), end(), chain("Start", "A"), flow("F", "A", "End", "=ok")].join(""),
    ),
    has: [["condition-ignored", "F", "error"]],
  },
  {
    name: "condition on a flow leaving a start event",
    xml: doc(
      [start(), userTask("A"), end(), flow("F", "Start", "A", "=ok"), chain("A", "End")].join(""),
    ),
    has: [["condition-ignored", "F", "error"]],
  },
  {
    name: "unreachable task",
    xml: doc(
      [
        start(),
        userTask("A"),
        userTask("Dead"),
        end(),
        chain("Start", "A", "End"),
        flow("FD", "Dead", "End"),
      ].join(""),
    ),
    has: [["unreachable", "Dead", "warning"]],
  },
  {
    name: "gateway dead end",
    xml: doc([start(), gw("exclusive", "G"), end(), chain("Start", "G")].join("")),
    has: [["dead-end", "G", "error"]],
  },
  {
    name: "intermediate event dead end",
    xml: doc(
      [start(), '<bpmn:intermediateThrowEvent id="T" name="T"/>', chain("Start", "T")].join(""),
    ),
    has: [["dead-end", "T", "error"]],
  },
  {
    name: "task without outgoing is an implicit end",
    xml: doc([start(), userTask("A"), chain("Start", "A")].join("")),
    has: [["implicit-end", "A", "warning"]],
  },
  {
    name: "boundary attached to a gateway",
    xml: doc(
      [
        start(),
        gw("exclusive", "G"),
        userTask("A"),
        end(),
        chain("Start", "G", "A", "End"),
        '<bpmn:boundaryEvent id="B" attachedToRef="G"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>',
        flow("FB", "B", "End"),
      ].join(""),
    ),
    has: [["boundary-invalid", "B", "error"]],
  },
  {
    name: "event-based gateway to a task",
    xml: doc(
      [
        start(),
        gw("eventBased", "G"),
        userTask("A"),
        '<bpmn:intermediateCatchEvent id="T"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>',
        end(),
        chain("Start", "G", "A", "End"),
        flow("FT", "G", "T"),
        flow("FTE", "T", "End"),
      ].join(""),
    ),
    has: [["event-gateway-invalid", "G", "error"]],
  },
  {
    name: "SLA along the longest path exceeds the process SLA",
    xml: doc(
      [
        start(),
        userTask("A", { sla: "4" }),
        userTask("B", { sla: "7.5" }),
        end(),
        chain("Start", "A", "B", "End"),
      ].join(""),
    ),
    has: [["sla-exceeded", "P", "warning"]],
  },
  {
    name: "SLA: a loop is counted once and the shorter branch ignored",
    xml: doc(
      [
        start(),
        userTask("A", { sla: "4" }),
        gw("exclusive", "G", 'default="Fe"'),
        userTask("B", { sla: "2" }),
        end(),
        chain("Start", "A", "G"),
        flow("Fb", "G", "B", "=again"),
        flow("Fe", "G", "End"),
        flow("Fl", "B", "A"),
      ].join(""),
    ),
    not: ["sla-exceeded"],
  },
  {
    name: "implicit split from a task, closed by a parallel join",
    xml: doc(
      [
        start(),
        userTask("A"),
        userTask("B"),
        userTask("C"),
        gw("parallel", "J"),
        end(),
        chain("Start", "A", "B", "J", "End"),
        chain("A", "C", "J"),
      ].join(""),
    ),
    has: [["implicit-split", "A", "warning"]],
    not: ["gateway-not-paired"],
  },
];

const sub = (inner: string, attrs = "") =>
  `<bpmn:subProcess id="Sub" name="Sub" ${attrs}>${inner}</bpmn:subProcess>`;
const base = (s: string) =>
  doc([start(), userTask("A"), end(), chain("Start", "A", "End"), s].join("\n"));
cases.push(
  {
    name: "event subprocess without start",
    xml: base(sub(userTask("E"), 'triggeredByEvent="true"')),
    has: [["event-subprocess-start", "Sub", "error"]],
  },
  {
    name: "event subprocess with a none start",
    xml: base(sub([start("ES"), end("EE"), chain("ES", "EE")].join(""), 'triggeredByEvent="true"')),
    has: [["event-subprocess-start", "Sub", "error"]],
  },
  {
    name: "event subprocess with a timer start",
    xml: base(
      sub(
        [
          start(
            "ES",
            "<bpmn:timerEventDefinition><bpmn:timeDuration>P10D</bpmn:timeDuration></bpmn:timerEventDefinition>",
          ),
          end("EE"),
          chain("ES", "EE"),
        ].join(""),
        'triggeredByEvent="true"',
      ),
    ),
  },
  {
    name: "embedded subprocess without start",
    xml: doc(
      [
        start(),
        sub([userTask("I"), end("IE"), chain("I", "IE")].join("")),
        end(),
        chain("Start", "Sub", "End"),
      ].join(""),
    ),
    has: [["subprocess-start", "Sub", "error"]],
  },
  {
    name: "flow crossing a subprocess border",
    xml: doc(
      [
        start(),
        sub([start("IS"), userTask("I"), end("IE"), chain("IS", "I", "IE")].join("")),
        end(),
        chain("Start", "Sub", "End"),
        flow("Cross", "Start", "I"),
      ].join(""),
    ),
    has: [["flow-endpoint-invalid", "Cross", "error"]],
  },
);

describe("validate: graph rules", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    await check(c);
  });
});
