/**
 * The code behind the action and guard names a compiled config uses
 * (STYLE.md §3: configs name actions by string, setup() supplies the code).
 * Every action is pure: it only computes the next context or raises events.
 */
import { assign, enqueueActions, raise } from "xstate";
import { evaluateCondition } from "../feel";
import type { CompileUnit } from "../compile/unit";
import { addIncident, without } from "./context";
import type { EngineContext, EngineEvent, HistoryEntry } from "./types";
import { completeTask, leaveElement, openTask, pauseStart, taskHistory } from "./actions/tasks";
import { fireTimer, scheduleTimers } from "./actions/timers";
import { subscribe, unsubscribe } from "./actions/messages";
import { childKind, startChild, stepChild } from "./actions/children";
import { miInstanceDone, miItems, miLocal, miOutputVars, setMi } from "./actions/multi-instance";
import { applyOutputs, evaluateInputs } from "./variables";

type Ctx = EngineContext;
type Ev = EngineEvent;
interface Args {
  context: Ctx;
  event: Ev;
}
interface El {
  element: string;
}
/** The part of xstate's `enqueueActions` helper these actions use. */
interface Enqueue {
  assign(update: Partial<Ctx>): void;
  raise(event: EngineEvent): void;
}

const safeCond = (expr: string, vars: Record<string, unknown>): boolean => {
  try {
    return evaluateCondition(expr, vars);
  } catch {
    return false;
  }
};

export function createImplementations(cu: CompileUnit) {
  const node = (id: string) => cu.node(id);

  const history = (ctx: Ctx, id: string, extra: Partial<HistoryEntry> = {}): HistoryEntry[] => {
    const n = node(id);
    const entry: HistoryEntry = {
      element: id,
      type: n.type,
      completedAt: ctx.now,
      t: ctx.tick,
      d: ctx.depth,
      ...extra,
    };
    if (n.name) entry.name = n.name;
    return [...ctx.history, entry];
  };

  /** Starts child `index` of a call activity or multi-instance body. */
  const spawnFor = (
    ctx: Ctx,
    id: string,
    index: number,
    local: Record<string, unknown>,
    keySuffix: string,
  ) => {
    const n = node(id);
    const machineKey = n.type === "callActivity" ? `call:${n.calledElement ?? ""}` : `body:${id}`;
    const machine = cu.registry.machine(machineKey);
    const inputs = evaluateInputs(n, { ...ctx.vars, ...local }) ?? {};
    const vars = { ...ctx.vars, ...local, ...inputs };
    const key = `${id}${keySuffix}`;
    const process = machineKey.startsWith("call:") ? (n.calledElement ?? "") : ctx.process;
    return startChild(machine, machineKey, ctx, key, id, index, { process, vars });
  };

  const actions = {
    history: assign(({ context }: Args, p: El) => ({ history: history(context, p.element) })),
    historyActivity: assign(({ context }: Args, p: El) => ({
      history: history(context, p.element, { openedAt: context.active[p.element] }),
      active: without(context.active, (_v, k) => k === p.element),
    })),
    enterActivity: assign(({ context }: Args, p: El) => ({
      active: { ...context.active, [p.element]: context.now },
      ...pauseStart(context, node(p.element)),
    })),
    leave: assign(({ context, event }: Args, p: El) =>
      leaveElement(context, p.element, {
        task: event.type === "COMPLETE" ? event.task : undefined,
        child: event.type === "CHILD_DONE" ? event.key : undefined,
      }),
    ),
    setEnd: assign((_: Args, p: El) => ({ endEvent: p.element })),
    terminate: assign(({ context }: Args) => ({
      terminated: true,
      tasks: {},
      timers: {},
      subs: {},
      children: {},
      mi: {},
      pauses: context.pauses.map((x) => (x.to ? x : { ...x, to: context.now })),
    })),
    openTask: assign(({ context }: Args, p: El) => openTask(context, node(p.element))),
    completeTask: assign(({ context, event }: Args, p: El) =>
      event.type === "COMPLETE"
        ? completeTask(context, node(p.element), event.task, event.data, event.by)
        : {},
    ),
    emitNotify: assign(({ context }: Args, p: El) => {
      const n = node(p.element);
      return {
        outbox: [
          ...context.outbox,
          {
            kind: "notify" as const,
            element: n.id,
            type: n.taskType ?? "notify",
            headers: n.taskHeaders ?? {},
            variables: { ...context.vars, ...(evaluateInputs(n, context.vars) ?? {}) },
          },
        ],
      };
    }),
    throwMessage: assign(({ context }: Args, p: El & { message: string }) => ({
      outbox: [
        ...context.outbox,
        {
          kind: "throwMessage" as const,
          element: p.element,
          message: p.message,
          variables: { ...context.vars },
        },
      ],
    })),
    scheduleTimers: assign(({ context }: Args, p: { owner: string; timers: string[] }) => ({
      ...scheduleTimers(context, p.timers.map(node), p.owner),
    })),
    subscribe: assign(({ context }: Args, p: { owner: string; messages: string[] }) =>
      subscribe(context, p.messages.map(node), p.owner),
    ),
    pauseStart: assign(({ context }: Args, p: El) =>
      pauseStart(context, { ...node(p.element), properties: { pauseClock: "true" } }),
    ),
    fireTimer: assign(({ context, event }: Args) =>
      event.type === "TIMER" ? fireTimer(context, event.timer) : {},
    ),
    consumeMessage: assign(({ context, event }: Args, p: El & { keep?: boolean }) => {
      if (event.type !== "MESSAGE") return {};
      const out: Partial<Ctx> = p.keep ? {} : unsubscribe(context, event.sub);
      return { ...out, vars: applyOutputs(node(p.element), context.vars, event.data) };
    }),
    stuckCheck: assign(({ context }: Args, p: El & { exprs: string[] }) => {
      const cleared = context.incidents.filter((i) => i.element !== p.element);
      const base = { ...context, incidents: cleared };
      if (p.exprs.some((e) => e && safeCond(e, context.vars))) return { incidents: cleared };
      return addIncident(
        base,
        p.element,
        `no outgoing flow of ${p.element} can be taken: every condition is false and there is no default flow`,
      );
    }),
    clearIncidents: assign(({ context }: Args, p: El) => ({
      incidents: context.incidents.filter((i) => i.element !== p.element),
    })),
    throwError: raise(({ context }: Args, p: El & { code: string | null; scopes: string[] }) => ({
      type: "ERROR" as const,
      code: p.code,
      scopes: p.scopes,
      element: p.element,
      at: context.now,
    })),
    uncaughtError: assign(({ context, event }: Args) =>
      event.type === "ERROR"
        ? addIncident(
            context,
            event.element,
            `BPMN error ${event.code ?? "(no code)"} thrown by ${event.element} is not caught`,
          )
        : {},
    ),
    failWithError: assign(({ event }: Args) =>
      event.type === "ERROR" ? { error: { code: event.code } } : {},
    ),

    /** Forwards an event to a child machine; its completion or failure comes back as an event. */
    forwardToChild: enqueueActions(({ context, event, enqueue }: Args & { enqueue: Enqueue }) => {
      if (event.type !== "CHILD") return;
      const record = context.children[event.key];
      if (!record) return;
      const outcome = stepChild(cu.registry.machine(record.machine), context, record, event.event);
      enqueue.assign({ children: { ...context.children, [event.key]: outcome.record } });
      raiseOutcome(enqueue, outcome, record.owner);
    }),
    removeChild: assign(({ context, event }: Args) => {
      if (event.type !== "CHILD_DONE") return {};
      const record = context.children[event.key];
      const children = without(context.children, (c) => c.key === event.key);
      if (!record) return { children };
      return {
        children,
        vars: { ...context.vars, ...record.snapshot.context.vars },
        history: [...context.history, ...record.snapshot.context.history],
      };
    }),
    spawnFragment: enqueueActions(
      ({ context, enqueue }: Args & { enqueue: Enqueue }, p: El & { machine: string }) => {
        const seq = context.seq + 1;
        const key = `${p.element}~${seq}`;
        const machine = cu.registry.machine(p.machine);
        const outcome = startChild(machine, p.machine, context, key, p.element, 0, {
          process: context.process,
          vars: context.vars,
        });
        enqueue.assign({ seq, children: { ...context.children, [key]: outcome.record } });
        raiseOutcome(enqueue, outcome, p.element);
      },
    ),
    startCall: enqueueActions(({ context, enqueue }: Args & { enqueue: Enqueue }, p: El) => {
      const outcome = spawnFor(context, p.element, 0, {}, "");
      enqueue.assign({
        children: { ...context.children, [outcome.record.key]: outcome.record },
        active: { ...context.active, [p.element]: context.now },
      });
      raiseOutcome(enqueue, outcome, p.element);
    }),
    callDone: assign(({ context, event }: Args, p: El) => {
      if (event.type !== "CHILD_DONE") return {};
      const record = context.children[event.key];
      const children = without(context.children, (c) => c.key === event.key);
      const produced = record?.snapshot.context.vars ?? {};
      const withChild = {
        ...context,
        history: [...context.history, ...(record?.snapshot.context.history ?? [])],
      };
      return {
        children,
        vars: applyOutputs(node(p.element), context.vars, produced),
        history: history(withChild, p.element, { openedAt: context.active[p.element] }),
        active: without(context.active, (_v, k) => k === p.element),
      };
    }),

    miStart: enqueueActions(({ context, enqueue }: Args & { enqueue: Enqueue }, p: El) => {
      const n = node(p.element);
      const items = miItems(n, context.vars);
      if (items === null) {
        enqueue.assign(
          addIncident(
            context,
            p.element,
            `the multi-instance collection of ${p.element} is not a list`,
          ),
        );
        return;
      }
      const sequential = n.multiInstance?.sequential ?? false;
      let ctx: Ctx = { ...context, active: { ...context.active, [p.element]: context.now } };
      let record = {
        element: p.element,
        items,
        sequential,
        started: 0,
        completed: 0,
        outputs: [] as unknown[],
        done: items.length === 0,
      };
      const count = sequential ? Math.min(1, items.length) : items.length;
      for (let i = 0; i < count; i++) {
        ctx = { ...ctx, ...startInstance(ctx, p.element, record, i) };
        record = { ...record, started: i + 1 };
      }
      if (record.done) ctx = { ...ctx, vars: miOutputVars(n, record, ctx.vars) };
      enqueue.assign({ ...ctx, ...setMi(ctx, record) });
      if (record.done) enqueue.raise({ type: "MI_DONE", element: p.element });
      for (const c of Object.values(ctx.children)) {
        if (c.owner === p.element && c.snapshot.status === "done")
          enqueue.raise({ type: "CHILD_DONE", key: c.key, owner: p.element });
      }
    }),
    miTaskComplete: enqueueActions(
      ({ context, event, enqueue }: Args & { enqueue: Enqueue }, p: El) => {
        if (event.type !== "COMPLETE") return;
        const n = node(p.element);
        const task = context.tasks[event.task];
        const record = context.mi[p.element];
        if (!task || !record || !task.mi) return;
        const tasks = { ...context.tasks };
        delete tasks[event.task];
        const local = task.mi.local;
        const scope = { ...context.vars, ...local, ...event.data };
        const next = miInstanceDone(n, record, task.mi.index, scope);
        const localNames = new Set(Object.keys(local));
        const produced = Object.fromEntries(
          Object.entries(event.data).filter(([k]) => !localNames.has(k)),
        );
        let ctx: Ctx = {
          ...context,
          tasks,
          vars: applyOutputs(n, context.vars, produced, local),
          history: [...context.history, taskHistory(context, task, event.by)],
        };
        ctx = continueMi(ctx, p.element, next, enqueue);
        enqueue.assign(ctx);
      },
    ),
    miChildDone: enqueueActions(
      ({ context, event, enqueue }: Args & { enqueue: Enqueue }, p: El) => {
        if (event.type !== "CHILD_DONE") return;
        const n = node(p.element);
        const child = context.children[event.key];
        const record = context.mi[p.element];
        if (!child || !record) return;
        const next = miInstanceDone(n, record, child.index, {
          ...context.vars,
          ...child.snapshot.context.vars,
        });
        const withChild = {
          ...context,
          history: [...context.history, ...child.snapshot.context.history],
        };
        let ctx: Ctx = {
          ...context,
          children: without(context.children, (c) => c.key === event.key),
          history: history(withChild, p.element, { openedAt: context.active[p.element] }),
        };
        ctx = continueMi(ctx, p.element, next, enqueue);
        enqueue.assign(ctx);
      },
    ),
  };

  /** Opens instance `i` of a multi-instance activity: a task, or a child machine. */
  function startInstance(
    ctx: Ctx,
    element: string,
    record: { items: unknown[]; sequential: boolean },
    i: number,
  ): Partial<Ctx> {
    const n = node(element);
    const local = miLocal(
      n,
      { element, started: 0, completed: 0, outputs: [], done: false, ...record },
      i,
    );
    if (n.type === "userTask" || n.type === "serviceTask")
      return openTask(ctx, n, { index: i, local });
    const outcome = spawnFor(ctx, element, i, local, `[${i}]`);
    return { children: { ...ctx.children, [outcome.record.key]: outcome.record } };
  }

  /** After an instance finished: done → MI_DONE; sequential → open the next one. */
  function continueMi(ctx: Ctx, element: string, record: Ctx["mi"][string], enqueue: Enqueue): Ctx {
    if (record.done) {
      // The output collection is written now: the exit actions of MI_DONE's transition drop the record.
      enqueue.raise({ type: "MI_DONE", element });
      return { ...ctx, vars: miOutputVars(node(element), record, ctx.vars), ...setMi(ctx, record) };
    }
    if (record.sequential && record.started < record.items.length) {
      const i = record.started;
      const next = { ...ctx, ...startInstance(ctx, element, record, i) };
      const started = { ...record, started: i + 1 };
      const child = Object.values(next.children).find((c) => c.owner === element && c.index === i);
      if (child?.snapshot.status === "done")
        enqueue.raise({ type: "CHILD_DONE", key: child.key, owner: element });
      return { ...next, ...setMi(next, started) };
    }
    return { ...ctx, ...setMi(ctx, record) };
  }

  function raiseOutcome(
    enqueue: Enqueue,
    outcome: ReturnType<typeof startChild>,
    owner: string,
  ): void {
    if (!outcome.finished) return;
    if (outcome.error) {
      enqueue.raise({
        type: "ERROR",
        code: outcome.error.code,
        scopes: [owner, ...cu.scopeChain(owner)],
        element: owner,
      });
    } else {
      enqueue.raise({ type: "CHILD_DONE", key: outcome.record.key, owner });
    }
  }

  const guards = {
    taskIs: ({ context, event }: Args, p: El) =>
      event.type === "COMPLETE" && context.tasks[event.task]?.element === p.element,
    timerIs: ({ context, event }: Args, p: El) =>
      event.type === "TIMER" && context.timers[event.timer]?.element === p.element,
    msgIs: ({ context, event }: Args, p: El) =>
      event.type === "MESSAGE" && context.subs[event.sub]?.element === p.element,
    cond: ({ context }: Args, p: { expr: string }) => safeCond(p.expr, context.vars),
    noneOf: ({ context }: Args, p: { exprs: string[] }) =>
      !p.exprs.some((e) => safeCond(e, context.vars)),
    anyBranch: ({ context }: Args, p: { exprs: string[]; always: boolean }) =>
      p.always || p.exprs.some((e) => safeCond(e, context.vars)),
    errorCaught: ({ event }: Args, p: { host: string; code: string | null }) =>
      event.type === "ERROR" &&
      event.scopes.includes(p.host) &&
      (p.code === null || p.code === event.code),
    childOf: ({ event }: Args, p: { owner: string }) =>
      event.type === "CHILD_DONE" && event.owner === p.owner,
    spawnedChild: ({ context, event }: Args) => {
      if (event.type !== "CHILD_DONE") return false;
      const c = context.children[event.key];
      return !!c && childKind(c) === "spawn";
    },
    miIs: ({ event }: Args, p: El) => event.type === "MI_DONE" && event.element === p.element,
    noChildren: ({ context }: Args) => Object.keys(context.children).length === 0,
  };

  return { actions, guards };
}
