import type { FlowNode } from "../../model/types";
import type { EngineContext } from "../types";

type Ctx = EngineContext;

export function messageNameOf(node: FlowNode): string | null {
  if (node.type === "receiveTask") return node.messageName ?? null;
  return node.event?.kind === "message" ? node.event.messageName : null;
}

export function subscribe(ctx: Ctx, nodes: FlowNode[], owner: string): Partial<Ctx> {
  let seq = ctx.seq;
  const subs = { ...ctx.subs };
  for (const node of nodes) {
    const message = messageNameOf(node);
    if (message === null) continue;
    seq += 1;
    const id = `${node.id}#${seq}`;
    subs[id] = { id, element: node.id, owner, message, createdAt: ctx.now };
  }
  return { seq, subs };
}

export function unsubscribe(ctx: Ctx, subId: string): Partial<Ctx> {
  if (!ctx.subs[subId]) return {};
  const subs = { ...ctx.subs };
  delete subs[subId];
  return { subs };
}
