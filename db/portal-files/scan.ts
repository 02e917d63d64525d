/**
 * The virus-scan hook every upload passes before it is stored. The default
 * accepts everything (no scanner ships with the product); an operator wires
 * a real one (e.g. clamd) with `setVirusScanner`, and tests use a double.
 */
export type ScanVerdict = { clean: true } | { clean: false; threat: string };

export interface VirusScanner {
  scan(bytes: Uint8Array, fileName: string): Promise<ScanVerdict>;
}

export const noScanner: VirusScanner = { scan: async () => ({ clean: true }) };

let current: VirusScanner = noScanner;

export function setVirusScanner(scanner: VirusScanner): void {
  current = scanner;
}

export function virusScanner(): VirusScanner {
  return current;
}
