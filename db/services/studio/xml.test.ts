import { describe, expect, it } from "vitest";
import { blankModel } from "./blank";
import { processNameOf, renameProcess } from "./xml";

describe("studio xml helpers", () => {
  it("given a template, when renamed, then the process id, its diagram plane and its name change and nothing else", () => {
    const xml = blankModel("Old_Id", "Tên cũ");
    const out = renameProcess(xml, "Old_Id", "New_Id", 'Tên "mới" & đẹp');
    expect(out).toContain(
      '<bpmn:process id="New_Id" name="Tên &quot;mới&quot; &amp; đẹp" isExecutable="true">',
    );
    expect(out).toContain('bpmnElement="New_Id"');
    expect(out).not.toContain('"Old_Id"');
    expect(out).toContain('id="Definitions_Old_Id"');
    expect(processNameOf(out, "New_Id")).toBe('Tên "mới" & đẹp');
  });

  it("given a file with two processes, when one is renamed, then the other keeps its id", () => {
    const xml = `<definitions><process id="A" name="a"/><process id="AB" name="ab"/></definitions>`;
    const out = renameProcess(xml, "A", "C", "c");
    expect(out).toBe(
      `<definitions><process id="C" name="c"/><process id="AB" name="ab"/></definitions>`,
    );
    expect(processNameOf(out, "AB")).toBe("ab");
    expect(processNameOf(out, "Missing")).toBeNull();
  });
});
