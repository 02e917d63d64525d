/** What a form's server action answers; shown by `ActionForm`. Shared by server and client. */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string; at: number }
  | { status: "error"; message: string; fields: Record<string, string>; at: number };

export const idle: FormState = { status: "idle" };
