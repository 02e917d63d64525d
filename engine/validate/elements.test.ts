import { describe, it } from "vitest";
import { chain, doc, end, flow, start, userTask } from "./fixtures/xml";
import { check, type Case } from "./fixtures/expect";

const basic = (middle: string, ids = ["Start", "X", "End"]) =>
  doc([start(), middle, end(), chain(...ids)].join("\n"));
const svc = (type?: string) =>
  `<bpmn:serviceTask id="X" name="X">${type ? `<bpmn:extensionElements><zeebe:taskDefinition type="${type}"/></bpmn:extensionElements>` : ""}</bpmn:serviceTask>`;
const MSG =
  '<bpmn:message id="Msg" name="payment-confirmed"/><bpmn:message id="NoName"/><bpmn:error id="Err" errorCode="E1"/>';

const cases: Case[] = [
  {
    name: "a sound model without diagram layout is ok",
    xml: basic(userTask("X")),
    has: [["no-diagram", null, "warning"]],
  },
  {
    name: "script task never runs",
    xml: basic('<bpmn:scriptTask id="X" name="X"/>'),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "business rule task",
    xml: basic('<bpmn:businessRuleTask id="X" name="X"/>'),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "manual task",
    xml: basic('<bpmn:manualTask id="X" name="X"/>'),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "untyped task",
    xml: basic('<bpmn:task id="X" name="X"/>'),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "complex gateway",
    xml: basic('<bpmn:complexGateway id="X" name="X"/>'),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "transaction",
    xml: basic('<bpmn:transaction id="X" name="X"/>'),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "ad-hoc subprocess",
    xml: basic('<bpmn:adHocSubProcess id="X" name="X"/>'),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "signal catch",
    xml: basic(
      '<bpmn:intermediateCatchEvent id="X" name="X"><bpmn:signalEventDefinition/></bpmn:intermediateCatchEvent>',
    ),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "link catch",
    xml: basic(
      '<bpmn:intermediateCatchEvent id="X" name="X"><bpmn:linkEventDefinition name="l"/></bpmn:intermediateCatchEvent>',
    ),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "escalation end",
    xml: doc(
      [start(), end("End", "<bpmn:escalationEventDefinition/>"), chain("Start", "End")].join(""),
    ),
    has: [["unsupported-element", "End", "error"]],
  },
  {
    name: "message end is not supported",
    xml: doc(
      [
        start(),
        end("End", '<bpmn:messageEventDefinition messageRef="Msg"/>'),
        chain("Start", "End"),
      ].join(""),
      { roots: MSG },
    ),
    has: [["unsupported-element", "End", "error"]],
  },
  {
    name: "two event definitions",
    xml: basic(
      '<bpmn:intermediateCatchEvent id="X" name="X"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition><bpmn:messageEventDefinition messageRef="Msg"/></bpmn:intermediateCatchEvent>',
      undefined,
    ).replace("<bpmn:process", `${MSG}<bpmn:process`),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "standard loop",
    xml: basic(
      userTask("X").replace(
        "</bpmn:userTask>",
        "<bpmn:standardLoopCharacteristics/></bpmn:userTask>",
      ),
    ),
    has: [["unsupported-element", "X", "error"]],
  },
  {
    name: "none throw event is a milestone",
    xml: basic('<bpmn:intermediateThrowEvent id="X" name="X"/>'),
  },
  {
    name: "user task without tier",
    xml: basic(
      '<bpmn:userTask id="X" name="X"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="a"/></bpmn:extensionElements></bpmn:userTask>',
    ),
    has: [["user-task-tier-missing", "X", "error"]],
  },
  {
    name: "user task without roles",
    xml: basic(
      '<bpmn:userTask id="X" name="X"><bpmn:extensionElements><zeebe:properties><zeebe:property name="tier" value="commune"/></zeebe:properties></bpmn:extensionElements></bpmn:userTask>',
    ),
    has: [["user-task-roles-missing", "X", "error"]],
  },
  {
    name: "task sla 0.5 is fine",
    xml: basic(userTask("X", { sla: "0.5" })),
    not: ["property-malformed"],
  },
  {
    name: "task sla malformed",
    xml: basic(userTask("X", { sla: "ba ngày" })),
    has: [["property-malformed", "X", "error"]],
  },
  {
    name: "negative sla",
    xml: basic(userTask("X", { sla: "-1" })),
    has: [["property-malformed", "X", "error"]],
  },
  {
    name: "process level 5",
    xml: doc([start(), userTask("X"), end(), chain("Start", "X", "End")].join(""), {
      processProps: '<zeebe:property name="level" value="5"/>',
    }),
    has: [["property-malformed", "P", "error"]],
  },
  {
    name: "process fee not an integer",
    xml: doc([start(), userTask("X"), end(), chain("Start", "X", "End")].join(""), {
      processProps: '<zeebe:property name="fee" value="1.5"/>',
    }),
    has: [["property-malformed", "P", "error"]],
  },
  {
    name: "process sla malformed",
    xml: doc([start(), userTask("X"), end(), chain("Start", "X", "End")].join(""), {
      processProps: '<zeebe:property name="sla" value="x"/>',
    }),
    has: [["property-malformed", "P", "error"]],
  },
  {
    name: "service task without type",
    xml: basic(svc()),
    has: [["service-task-type-missing", "X", "error"]],
  },
  { name: "service task with a built-in type", xml: basic(svc("payment")) },
  {
    name: "service task with an external worker type",
    xml: basic(svc("ho-tich-sync")),
    has: [["service-task-external", "X", "warning"]],
  },
  {
    name: "http task without a url header",
    xml: basic(svc("http")),
    has: [["http-url-missing", "X", "warning"]],
  },
  {
    name: "send task without type",
    xml: basic('<bpmn:sendTask id="X" name="X"/>'),
    has: [["service-task-type-missing", "X", "error"]],
  },
  {
    name: "call activity without process id",
    xml: basic('<bpmn:callActivity id="X" name="X"/>'),
    has: [["call-activity-process-missing", "X", "error"]],
  },
  {
    name: "call activity to an unknown process",
    xml: basic(
      '<bpmn:callActivity id="X" name="X"><bpmn:extensionElements><zeebe:calledElement processId="Other"/></bpmn:extensionElements></bpmn:callActivity>',
    ),
    has: [["called-process-missing", "X", "error"]],
  },
  {
    name: "call activity to a sibling process",
    xml: basic(
      '<bpmn:callActivity id="X" name="X"><bpmn:extensionElements><zeebe:calledElement processId="Other"/></bpmn:extensionElements></bpmn:callActivity>',
    ),
    options: {
      processes: {
        Other: {
          id: "D2",
          processes: [],
          messages: {},
          errors: {},
          diagramIds: [],
          unsupportedRoots: [],
        },
      },
    },
  },
  {
    name: "receive task without message",
    xml: basic('<bpmn:receiveTask id="X" name="X"/>'),
    has: [["message-undefined", "X", "error"]],
  },
  {
    name: "receive task with an unnamed message",
    xml: basic('<bpmn:receiveTask id="X" name="X" messageRef="NoName"/>').replace(
      "<bpmn:process",
      `${MSG}<bpmn:process`,
    ),
    has: [["message-undefined", "X", "error"]],
  },
  {
    name: "message catch with an unknown message",
    xml: basic(
      '<bpmn:intermediateCatchEvent id="X" name="X"><bpmn:messageEventDefinition messageRef="Nope"/></bpmn:intermediateCatchEvent>',
    ),
    has: [["message-undefined", "X", "error"]],
  },
  {
    name: "message catch with a named message",
    xml: basic(
      '<bpmn:intermediateCatchEvent id="X" name="X"><bpmn:messageEventDefinition messageRef="Msg"/></bpmn:intermediateCatchEvent>',
    ).replace("<bpmn:process", `${MSG}<bpmn:process`),
  },
  {
    name: "message start without message",
    xml: doc(
      [start("Start", "<bpmn:messageEventDefinition/>"), end(), chain("Start", "End")].join(""),
    ),
    has: [["message-undefined", "Start", "error"]],
  },
];

const timer = (inner: string, props = "") =>
  basic(
    `<bpmn:intermediateCatchEvent id="X" name="X">${props}<bpmn:timerEventDefinition>${inner}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`,
  );
const workingDays =
  '<bpmn:extensionElements><zeebe:properties><zeebe:property name="workingDays" value="true"/></zeebe:properties></bpmn:extensionElements>';

cases.push(
  { name: "timer duration P3D", xml: timer("<bpmn:timeDuration>P3D</bpmn:timeDuration>") },
  {
    name: "timer duration in words",
    xml: timer("<bpmn:timeDuration>3 days</bpmn:timeDuration>"),
    has: [["timer-invalid", "X", "error"]],
  },
  {
    name: "timer date on the calendar",
    xml: timer("<bpmn:timeDate>2026-03-02T09:00:00+07:00</bpmn:timeDate>"),
  },
  {
    name: "timer date off the calendar",
    xml: timer("<bpmn:timeDate>2026-02-30T09:00:00Z</bpmn:timeDate>"),
    has: [["timer-invalid", "X", "error"]],
  },
  { name: "timer without time", xml: timer(""), has: [["timer-invalid", "X", "error"]] },
  { name: "timer FEEL expression", xml: timer("<bpmn:timeDuration>=hanXuLy</bpmn:timeDuration>") },
  {
    name: "timer FEEL syntax error",
    xml: timer("<bpmn:timeDuration>=hanXuLy +</bpmn:timeDuration>"),
    has: [["feel-syntax", "X", "error"]],
  },
  {
    name: "cycle on an intermediate catch",
    xml: timer("<bpmn:timeCycle>R3/PT1H</bpmn:timeCycle>"),
    has: [["timer-invalid", "X", "error"]],
  },
  {
    name: "working days with a duration",
    xml: timer("<bpmn:timeDuration>P5D</bpmn:timeDuration>", workingDays),
  },
  {
    name: "working days with a date",
    xml: timer("<bpmn:timeDate>2026-03-02T09:00:00Z</bpmn:timeDate>", workingDays),
    has: [["timer-working-days", "X", "error"]],
  },
  {
    name: "MI without collection",
    xml: basic(
      userTask("X").replace(
        "</bpmn:userTask>",
        '<bpmn:multiInstanceLoopCharacteristics isSequential="true"/></bpmn:userTask>',
      ),
    ),
    has: [["multi-instance-invalid", "X", "error"]],
  },
  {
    name: "MI with a bad collection",
    xml: basic(
      userTask("X").replace(
        "</bpmn:userTask>",
        '<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=items[" inputElement="item"/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>',
      ),
    ),
    has: [["feel-syntax", "X", "error"]],
  },
  {
    name: "MI with cardinality",
    xml: basic(
      userTask("X").replace(
        "</bpmn:userTask>",
        "<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>",
      ),
    ),
  },
  {
    name: "io mapping source with a syntax error",
    xml: basic(
      userTask("X", {
        extra: '<zeebe:ioMapping><zeebe:input source="=a +" target="b"/></zeebe:ioMapping>',
      }),
    ),
    has: [["feel-syntax", "X", "error"]],
  },
  {
    name: "end event with outgoing flow",
    xml: doc([start(), end("E1"), userTask("X"), end(), chain("Start", "E1", "X", "End")].join("")),
    has: [["end-has-outgoing", "E1", "error"]],
  },
  {
    name: "error end with a known error",
    xml: doc(
      [
        start(),
        end("End", '<bpmn:errorEventDefinition errorRef="Err"/>'),
        chain("Start", "End"),
      ].join(""),
      { roots: MSG },
    ),
  },
  {
    name: "error end without error",
    xml: doc([start(), end("End", "<bpmn:errorEventDefinition/>"), chain("Start", "End")].join("")),
    has: [["error-undefined", "End", "error"]],
  },
  {
    name: "terminate end",
    xml: doc(
      [start(), end("End", "<bpmn:terminateEventDefinition/>"), chain("Start", "End")].join(""),
    ),
  },
);

const boundary = (def: string, attrs = "", withFlow = true) =>
  doc(
    [
      start(),
      userTask("X"),
      end(),
      end("E2"),
      chain("Start", "X", "End"),
      `<bpmn:boundaryEvent id="B" name="B" attachedToRef="X" ${attrs}>${def}</bpmn:boundaryEvent>`,
      withFlow ? flow("FB", "B", "E2") : "",
    ].join("\n"),
    { roots: MSG },
  );

cases.push(
  {
    name: "interrupting timer boundary",
    xml: boundary(
      "<bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition>",
    ),
  },
  {
    name: "non-interrupting cycle boundary",
    xml: boundary(
      "<bpmn:timerEventDefinition><bpmn:timeCycle>R3/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>",
      'cancelActivity="false"',
    ),
  },
  { name: "message boundary", xml: boundary('<bpmn:messageEventDefinition messageRef="Msg"/>') },
  {
    name: "error boundary with an unknown error",
    xml: boundary('<bpmn:errorEventDefinition errorRef="Nope"/>'),
    has: [["error-undefined", "B", "error"]],
  },
  { name: "error boundary catching all", xml: boundary("<bpmn:errorEventDefinition/>") },
  {
    name: "boundary without outgoing flow",
    xml: boundary('<bpmn:messageEventDefinition messageRef="Msg"/>', "", false),
    has: [["boundary-no-outgoing", "B", "error"]],
  },
  {
    name: "boundary with a signal",
    xml: boundary("<bpmn:signalEventDefinition/>"),
    has: [["unsupported-element", "B", "error"]],
  },
);

describe("validate: element rules", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    await check(c);
  });
});
