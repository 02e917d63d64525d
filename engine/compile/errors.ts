/** The model cannot be compiled as drawn; `validate()` should have said so first. */
export class CompileError extends Error {
  constructor(
    readonly elementId: string | null,
    message: string,
  ) {
    super(elementId ? `${elementId}: ${message}` : message);
    this.name = "CompileError";
  }
}
