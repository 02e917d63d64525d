/**
 * zod schemas of the API's answers. Request bodies use the verbs' own
 * schemas; these describe what comes back, for the OpenAPI document and for
 * the tests that check every answer against its documented shape.
 */
import { z } from "zod";

export const ErrorBody = z.object({
  error: z.object({
    code: z
      .string()
      .describe("UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, VALIDATION, RATE_LIMITED, …"),
    message: z.string(),
    details: z.array(
      z.object({
        field: z.string().optional(),
        id: z.string().nullable().optional(),
        line: z.number().optional(),
        message: z.string(),
      }),
    ),
  }),
});

export const TokenAnswer = z.object({ token: z.string(), expiresAt: z.string() });

export const Status = z
  .enum(["active", "completed", "terminated", "incident"])
  .describe("The outcome status of the engine (DESIGN.md §6)");

export const OpenTask = z.object({
  id: z.string(),
  element: z.string(),
  name: z.string().nullable(),
  tier: z.string().nullable(),
  unit: z.string().nullable(),
  roles: z.array(z.string()),
  assignee: z.string().nullable(),
  due: z.string().nullable(),
  state: z.string(),
});

export const HistoryItem = z.looseObject({
  element: z.string(),
  type: z.string(),
  name: z.string().optional(),
  tier: z.string().optional(),
  unit: z.string().nullable().optional(),
  roles: z.array(z.string()).optional(),
  openedAt: z.string().optional(),
  completedAt: z.string(),
});

export const DossierView = z.object({
  code: z.string(),
  procedure: z.string(),
  version: z.number().int(),
  status: Status,
  stage: z
    .string()
    .describe("Our finer stage: submitted, received, processing, supplement, payment, …"),
  dvcqgStatus: z.number().int().min(1).max(10),
  jurisdiction: z.string(),
  receivedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  finishedAt: z.string().nullable(),
  history: z.array(HistoryItem),
  openTasks: z.array(OpenTask),
  data: z.record(z.string(), z.unknown()).optional(),
});

export const SubmitAnswer = z.object({
  code: z.string(),
  status: Status,
  stage: z.string(),
  dueDate: z.string().nullable(),
  secret: z.string().describe("The public tracking secret; shown only here"),
});

export const MyDossier = z.object({
  code: z.string(),
  procedure: z.string(),
  status: Status,
  stage: z.string(),
  dvcqgStatus: z.number().int(),
  receivedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
});

export const ProcedureSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  level: z.number().nullable(),
  tier: z.string().nullable(),
  sla: z.number().nullable(),
  fee: z.number().nullable(),
  publishedAt: z.string(),
});

export const ProcedureDetail = ProcedureSummary.extend({
  note: z.string().nullable(),
  startForm: z.record(z.string(), z.unknown()).nullable(),
});

export const InboxTask = z.object({
  id: z.string(),
  dossier: z.string(),
  element: z.string(),
  name: z.string().nullable(),
  unit: z.string().nullable(),
  roles: z.array(z.string()),
  assignee: z.string().nullable(),
  due: z.string().nullable(),
  state: z.string(),
});

export const ClaimAnswer = z.object({
  taskId: z.string(),
  assignee: z.string().nullable(),
  state: z.enum(["open", "claimed"]),
});

export const CompleteAnswer = z.object({
  dossier: z.object({
    code: z.string(),
    status: Status,
    stage: z.string(),
    version: z.number().int(),
    dueDate: z.string().nullable(),
    openTasks: z.array(OpenTask),
  }),
});

export const DossierAnswer = z.object({
  code: z.string(),
  status: Status,
  stage: z.string(),
  version: z.number().int(),
});
