import { describe, expect, it } from "vitest";
import { isServiceError, ServiceError } from "./errors";

describe("ServiceError", () => {
  it("carries the public code, status and body", () => {
    const e = new ServiceError("VALIDATION", "Bad input", [
      { field: "hoTen", message: "required" },
    ]);
    expect(e.status).toBe(422);
    expect(e.toJSON()).toEqual({
      error: {
        code: "VALIDATION",
        message: "Bad input",
        details: [{ field: "hoTen", message: "required" }],
      },
    });
    expect(isServiceError(e)).toBe(true);
    expect(isServiceError(new Error("x"))).toBe(false);
    expect(new ServiceError("CONFLICT", "taken").status).toBe(409);
  });
});
