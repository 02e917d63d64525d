/** What an outbox handler gets and must do. */
import type { Db } from "../../client";
import type { OutboxRow } from "../../schema";

/**
 * Performs one outbox row after the command that wrote it committed. It may
 * run more than once (a worker can die after the effect and before marking
 * the row done), so it must be idempotent. Throwing means "retry later with
 * backoff"; after the last attempt the row is `failed` with an incident.
 */
export type OutboxHandler = (ctx: { db: Db; row: OutboxRow }) => Promise<void>;
