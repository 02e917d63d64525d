/**
 * BPMN XML → IR. Never throws: every failure becomes a `Problem`, and a file
 * that cannot be read as BPMN yields `definitions: null` (DESIGN.md §6, exit 2).
 */
import { BpmnModdle } from "bpmn-moddle";
import zeebe from "zeebe-bpmn-moddle/resources/zeebe.json" with { type: "json" };
import type { Definitions, Problem } from "@/engine/model/types";
import { isElement, idOf } from "./moddle-element";
import { mapDefinitions } from "./map-definitions";
import { importProblems, unresolvedRefs } from "./import-warnings";
import { error } from "./problem";

export interface ParseResult {
  definitions: Definitions | null;
  /** The moddle root (`bpmn:Definitions`), for bpmnlint; null when unparsable. */
  moddle: unknown;
  problems: Problem[];
}

/** Upper bound on the XML we accept (characters); procedure models are a few hundred KB at most. */
export const MAX_BPMN_CHARS = 5_000_000;

let moddle: BpmnModdle | null = null;

function getModdle(): BpmnModdle {
  moddle ??= new BpmnModdle({ zeebe });
  return moddle;
}

/** Parses BPMN 2.0 XML (Camunda 8 / zeebe dialect) into the engine's IR, collecting problems instead of throwing. */
export async function parseBpmn(xml: string): Promise<ParseResult> {
  try {
    return await parseUnsafe(xml);
  } catch (err) {
    return refuse(
      "xml-unparsable",
      `The file could not be read as BPMN: ${describe(err)}.`,
      `Không đọc được tệp dưới dạng BPMN: ${describe(err)}.`,
    );
  }
}

async function parseUnsafe(xml: string): Promise<ParseResult> {
  if (typeof xml !== "string")
    return refuse("not-bpmn", "The input is not text.", "Dữ liệu đầu vào không phải là văn bản.");
  if (xml.length > MAX_BPMN_CHARS) {
    return refuse(
      "input-too-large",
      `The file is larger than ${MAX_BPMN_CHARS / 1_000_000} MB.`,
      `Tệp lớn hơn ${MAX_BPMN_CHARS / 1_000_000} MB.`,
    );
  }
  // DTDs and entities are refused outright (entity expansion, external entities; DESIGN.md §9).
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return refuse(
      "xml-dtd-refused",
      "The file contains a DTD or entity declaration (<!DOCTYPE / <!ENTITY); these are refused for safety.",
      "Tệp chứa khai báo DTD hoặc thực thể (<!DOCTYPE / <!ENTITY); các khai báo này bị từ chối vì lý do an toàn.",
    );
  }
  if (!/<([\w.-]+:)?definitions[\s>/]/.test(xml)) {
    return refuse(
      "not-bpmn",
      "The file is not BPMN: its root element is not bpmn:definitions.",
      "Tệp không phải BPMN: phần tử gốc không phải bpmn:definitions.",
    );
  }
  let result: { rootElement: unknown; warnings: unknown[] };
  try {
    result = await getModdle().fromXML(xml);
  } catch (err) {
    const message = describe(err);
    return /failed to parse document as/.test(message)
      ? refuse(
          "not-bpmn",
          "The file is not BPMN: its root element is not bpmn:definitions.",
          "Tệp không phải BPMN: phần tử gốc không phải bpmn:definitions.",
        )
      : refuse(
          "xml-unparsable",
          `The XML cannot be parsed: ${message}.`,
          `Không phân tích được XML: ${message}.`,
        );
  }
  const root = result.rootElement;
  if (!isElement(root) || root.$type !== "bpmn:Definitions") {
    return refuse(
      "not-bpmn",
      "The file is not BPMN: its root element is not bpmn:definitions.",
      "Tệp không phải BPMN: phần tử gốc không phải bpmn:definitions.",
    );
  }
  const warnings = Array.isArray(result.warnings) ? result.warnings : [];
  const problems = importProblems(warnings);
  const definitions = mapDefinitions(root, unresolvedRefs(warnings), problems);
  if (definitions.id === "") definitions.id = idOf(root) ?? "definitions";
  return { definitions, moddle: root, problems };
}

function refuse(code: string, message: string, messageVi: string): ParseResult {
  return { definitions: null, moddle: null, problems: [error(code, null, message, messageVi)] };
}

function describe(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0]?.slice(0, 300) ?? "unknown error";
}
