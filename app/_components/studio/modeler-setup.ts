/**
 * Builds the studio's bpmn-js Modeler: the zeebe dialect, Camunda's
 * behaviours, the stock zeebe properties panel with our module on top,
 * token simulation and the minimap. Undo/redo and keyboard shortcuts are
 * bpmn-js built-ins.
 */
import BpmnModeler from "bpmn-js/lib/Modeler";
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule,
} from "bpmn-js-properties-panel";
import ZeebeBehaviorsModule from "camunda-bpmn-js-behaviors/lib/camunda-cloud";
import TokenSimulationModule from "bpmn-js-token-simulation";
import MinimapModule from "diagram-js-minimap";
import { layoutProcess } from "bpmn-auto-layout";
import zeebeModdle from "zeebe-bpmn-moddle/resources/zeebe.json" with { type: "json" };
import motCuaPropertiesModule, { type MotCuaConfig } from "./properties";
import { translateModule } from "./translate";

import "bpmn-js/dist/assets/diagram-js.css";
import "bpmn-js/dist/assets/bpmn-js.css";
import "bpmn-js/dist/assets/bpmn-font/css/bpmn.css";
import "@bpmn-io/properties-panel/dist/assets/properties-panel.css";
import "bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css";
import "diagram-js-minimap/assets/diagram-js-minimap.css";

export type Modeler = BpmnModeler;

export function createModeler(
  canvas: HTMLElement,
  panel: HTMLElement,
  motCua: MotCuaConfig,
  locale: string,
): Modeler {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      ZeebeBehaviorsModule,
      motCuaPropertiesModule,
      TokenSimulationModule,
      MinimapModule,
      translateModule(locale),
    ],
    moddleExtensions: { zeebe: zeebeModdle },
    motCua,
  } as ConstructorParameters<typeof BpmnModeler>[0]);
}

/** True when the XML carries no diagram layout (e.g. a model written by a program). */
export function lacksLayout(xml: string): boolean {
  return !/BPMNShape\b/.test(xml);
}

/** Imports XML, laying it out first when it has no diagram; returns what happened. */
export async function importModel(
  modeler: Modeler,
  xml: string,
): Promise<{ warnings: number; laidOut: boolean; xml: string }> {
  let source = xml;
  let laidOut = false;
  if (lacksLayout(xml)) {
    source = await layoutProcess(xml);
    laidOut = true;
  }
  const { warnings } = await modeler.importXML(source);
  return { warnings: warnings.length, laidOut, xml: source };
}

export async function modelXml(modeler: Modeler): Promise<string> {
  const { xml } = await modeler.saveXML({ format: true });
  return xml ?? "";
}
