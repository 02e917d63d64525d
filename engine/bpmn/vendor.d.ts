/**
 * Type declarations for the untyped bpmn-io packages the parser and linter use.
 * Only what this code touches is typed; elements stay `unknown` and are read
 * through the guarded accessors in `moddle-element.ts`.
 */
declare module "bpmn-moddle" {
  export interface FromXmlResult {
    rootElement: unknown;
    warnings: {
      message?: string;
      element?: unknown;
      property?: string;
      value?: unknown;
      error?: unknown;
    }[];
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<FromXmlResult>;
  }
}

declare module "bpmnlint" {
  export interface LintReport {
    id?: string;
    message: string;
    category: string;
  }
  export class Linter {
    constructor(options: {
      resolver: {
        resolveRule(pkg: string, name: string): unknown;
        resolveConfig(pkg: string, name: string): unknown;
      };
    });
    lint(
      root: unknown,
      config: { extends?: string | string[]; rules?: Record<string, string> },
    ): Promise<Record<string, LintReport[]>>;
  }
}

declare module "bpmnlint/rules/*" {
  const factory: (config?: unknown) => unknown;
  export default factory;
}

declare module "bpmnlint/config/recommended.js" {
  const config: { rules: Record<string, string> };
  export default config;
}
