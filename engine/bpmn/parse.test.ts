import { describe, expect, it } from "vitest";
import { doc, NS } from "@/engine/validate/fixtures/xml";
import { MAX_BPMN_CHARS, parseBpmn } from "./parse";

const codes = async (xml: string) => (await parseBpmn(xml)).problems.map((p) => p.code);

describe("parseBpmn: refusals", () => {
  it.each([
    [
      "a DTD",
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><bpmn:definitions ${NS}/>`,
      "xml-dtd-refused",
    ],
    [
      "an entity without doctype",
      `<bpmn:definitions ${NS}><!ENTITY a "b"></bpmn:definitions>`,
      "xml-dtd-refused",
    ],
    ["garbage", "hello, world", "not-bpmn"],
    ["another XML vocabulary", '<?xml version="1.0"?><html><body/></html>', "not-bpmn"],
    [
      "a WSDL with definitions root",
      '<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"/>',
      "not-bpmn",
    ],
    ["broken XML", `<bpmn:definitions ${NS}><bpmn:process id="P"`, "xml-unparsable"],
    [
      "an oversized input",
      `<bpmn:definitions ${NS}>${" ".repeat(MAX_BPMN_CHARS)}</bpmn:definitions>`,
      "input-too-large",
    ],
  ])("refuses %s with definitions null", async (_name, xml, code) => {
    const r = await parseBpmn(xml);
    expect(r.definitions).toBeNull();
    expect(r.problems.map((p) => [p.code, p.id, p.severity])).toEqual([[code, null, "error"]]);
  });

  it("turns a dropped BPMN element (duplicate id) into an error", async () => {
    expect(await codes(doc('<bpmn:userTask id="A"/><bpmn:userTask id="A"/>'))).toContain(
      "xml-element-dropped",
    );
  });

  it("keeps an unknown attribute as a warning only", async () => {
    const r = await parseBpmn(doc('<bpmn:userTask id="A" bpmn:foo="1"/>'));
    expect(r.problems.every((p) => p.severity === "warning")).toBe(true);
  });
});

describe("parseBpmn: mapping to the IR", () => {
  const xml = `<?xml version="1.0"?>
<bpmn:definitions ${NS} xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="D">
  <bpmn:message id="M" name="payment-confirmed"><bpmn:extensionElements><zeebe:subscription correlationKey="=code"/></bpmn:extensionElements></bpmn:message>
  <bpmn:error id="Err" name="Rejected" errorCode="REJ"/>
  <bpmn:collaboration id="C"><bpmn:participant id="Pool" processRef="P"/><bpmn:participant id="Citizen"/></bpmn:collaboration>
  <bpmn:process id="P" name="Đăng ký khai sinh" isExecutable="true">
    <bpmn:extensionElements><zeebe:properties><zeebe:property name="code" value="1.001193"/><zeebe:property name="sla" value="0.5"/></zeebe:properties></bpmn:extensionElements>
    <bpmn:startEvent id="S"><bpmn:extensionElements><zeebe:formDefinition formKey="to-khai"/></bpmn:extensionElements></bpmn:startEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
    <bpmn:userTask id="T" name="Thẩm định">
      <bpmn:extensionElements>
        <zeebe:formDefinition formId="tham-dinh"/>
        <zeebe:assignmentDefinition candidateGroups=" specialist , leader" assignee="u1"/>
        <zeebe:properties><zeebe:property name="tier" value="commune"/></zeebe:properties>
        <zeebe:ioMapping><zeebe:input source="=hoTen" target="ten"/><zeebe:output source="=decision" target="ketQua"/></zeebe:ioMapping>
      </bpmn:extensionElements>
      <bpmn:multiInstanceLoopCharacteristics isSequential="true">
        <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=items" inputElement="item" outputCollection="results" outputElement="=r"/></bpmn:extensionElements>
        <bpmn:completionCondition>=done</bpmn:completionCondition>
      </bpmn:multiInstanceLoopCharacteristics>
    </bpmn:userTask>
    <bpmn:boundaryEvent id="B" attachedToRef="T" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R2/P1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="G"/>
    <bpmn:exclusiveGateway id="G" default="F4"/>
    <bpmn:sequenceFlow id="F3" sourceRef="G" targetRef="Svc"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=decision = "approve"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="F4" sourceRef="G" targetRef="R"/>
    <bpmn:serviceTask id="Svc"><bpmn:extensionElements><zeebe:taskDefinition type="notify"/><zeebe:taskHeaders><zeebe:header key="template" value="ok"/></zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:receiveTask id="R" messageRef="M"/>
    <bpmn:callActivity id="CA"><bpmn:extensionElements><zeebe:calledElement processId="child"/></bpmn:extensionElements></bpmn:callActivity>
    <bpmn:subProcess id="ESP" triggeredByEvent="true">
      <bpmn:startEvent id="ES" isInterrupting="false"><bpmn:messageEventDefinition messageRef="M"/></bpmn:startEvent>
      <bpmn:subProcess id="Inner"><bpmn:startEvent id="IS"/></bpmn:subProcess>
    </bpmn:subProcess>
    <bpmn:endEvent id="E"><bpmn:errorEventDefinition errorRef="Err"/></bpmn:endEvent>
    <bpmn:intermediateCatchEvent id="Sig"><bpmn:signalEventDefinition/></bpmn:intermediateCatchEvent>
    <bpmn:scriptTask id="Script"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Dia"><bpmndi:BPMNPlane id="Plane" bpmnElement="C"><bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="0" y="0" width="36" height="36"/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

  it("maps nodes, flows, zeebe extensions, events, scopes and diagram ids", async () => {
    const { definitions, problems } = await parseBpmn(xml);
    expect(problems).toEqual([]);
    const p = definitions?.processes[0];
    expect(p).toMatchObject({
      id: "P",
      name: "Đăng ký khai sinh",
      isExecutable: true,
      properties: { code: "1.001193", sla: "0.5" },
    });
    expect(p?.nodes.S).toMatchObject({
      type: "startEvent",
      formId: "to-khai",
      outgoing: ["F1"],
      event: { kind: "none" },
    });
    expect(p?.nodes.T).toMatchObject({
      type: "userTask",
      name: "Thẩm định",
      formId: "tham-dinh",
      candidateGroups: ["specialist", "leader"],
      assignee: "u1",
      properties: { tier: "commune" },
      incoming: ["F1"],
      outgoing: ["F2"],
      ioMapping: {
        inputs: [{ source: "=hoTen", target: "ten" }],
        outputs: [{ source: "=decision", target: "ketQua" }],
      },
      multiInstance: {
        sequential: true,
        inputCollection: "=items",
        inputElement: "item",
        outputCollection: "results",
        outputElement: "=r",
        completionCondition: "=done",
      },
    });
    expect(p?.nodes.B).toMatchObject({
      type: "boundaryEvent",
      parent: "P",
      attachedTo: "T",
      cancelActivity: false,
      event: { kind: "timer", timeCycle: "R2/P1D", workingDays: false },
    });
    expect(p?.nodes.G?.default).toBe("F4");
    expect(p?.flows.F3).toEqual({
      id: "F3",
      sourceRef: "G",
      targetRef: "Svc",
      parent: "P",
      condition: '=decision = "approve"',
    });
    expect(p?.nodes.Svc).toMatchObject({ taskType: "notify", taskHeaders: { template: "ok" } });
    expect(p?.nodes.R).toMatchObject({
      type: "receiveTask",
      messageRef: "M",
      messageName: "payment-confirmed",
    });
    expect(p?.nodes.CA?.calledElement).toBe("child");
    expect(p?.nodes.ESP).toMatchObject({ type: "subProcess", triggeredByEvent: true });
    expect(p?.nodes.ES).toMatchObject({
      parent: "ESP",
      isInterrupting: false,
      event: { kind: "message", messageName: "payment-confirmed", correlationKey: "=code" },
    });
    expect(p?.nodes.IS?.parent).toBe("Inner");
    expect(p?.scopes.ESP?.children).toEqual(["ES", "Inner"]);
    expect(p?.scopes.P?.children).not.toContain("ES");
    expect(p?.nodes.E?.event).toEqual({ kind: "error", errorRef: "Err", errorCode: "REJ" });
    expect(p?.nodes.Sig).toMatchObject({
      type: "intermediateCatchEvent",
      event: { kind: "unsupported", what: "signalEventDefinition" },
    });
    expect(p?.nodes.Script).toMatchObject({ type: "unsupported", bpmnType: "bpmn:ScriptTask" });
    expect(definitions?.messages).toEqual({ M: { id: "M", name: "payment-confirmed" } });
    expect(definitions?.errors.Err).toEqual({ id: "Err", name: "Rejected", errorCode: "REJ" });
    expect(definitions?.diagramIds).toEqual(["S"]);
  });

  it("keeps unresolved references so validate can name them", async () => {
    const { definitions, problems } = await parseBpmn(
      doc(
        '<bpmn:receiveTask id="R" messageRef="Nope"/><bpmn:sequenceFlow id="F" sourceRef="R" targetRef="Ghost"/>',
      ),
    );
    expect(problems).toEqual([]);
    expect(definitions?.processes[0]?.nodes.R?.messageRef).toBe("Nope");
    expect(definitions?.processes[0]?.flows.F?.targetRef).toBe("Ghost");
  });
});
