/** zod input parsing for the verbs: a failure is a VALIDATION error naming the fields. */
import type { z } from "zod";
import { ServiceError } from "./errors";

/** Parses `input` with `schema` or throws VALIDATION with one detail per issue. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ServiceError(
    "VALIDATION",
    "invalid input",
    parsed.error.issues.map((i) => ({ field: i.path.join(".") || "(input)", message: i.message })),
  );
}
