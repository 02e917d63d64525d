/** What the issue-token action answers: the new token, shown once. */
export type TokenFormState =
  | { status: "idle" }
  | { status: "ok"; token: string; at: number }
  | { status: "error"; message: string; fields: Record<string, string>; at: number };
