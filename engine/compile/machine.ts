import { setup, type AnyStateMachine } from "xstate";
import type { ProcessModel } from "../model/types";
import { initialContext } from "../runtime/context";
import { createImplementations } from "../runtime/implementations";
import type { MachineInput } from "../runtime/types";
import { CompileError } from "./errors";
import { ref, TERMINATED } from "./ids";
import { RegionBuilder, type StateConfig } from "./region";
import { scopeStates } from "./scope";
import { CompileUnit, type Registry } from "./unit";

/**
 * Machine keys: `root` (the procedure), `call:<processId>` (a called process),
 * `body:<scopeId>` (a multi-instance subprocess body or a non-interrupting
 * event subprocess), `frag:<boundaryId>` (the path a non-interrupting boundary
 * event spawns).
 */
export function buildMachine(
  registry: Registry,
  key: string,
  rootProcess: string,
): AnyStateMachine {
  const [kind, arg = ""] = key === "root" ? ["root", rootProcess] : splitKey(key);
  const model =
    kind === "call" || kind === "root" ? registry.processes[arg] : modelContaining(registry, arg);
  if (!model)
    throw new CompileError(
      arg || null,
      kind === "call" ? `called process ${arg} not found` : `no element ${arg}`,
    );
  const cu = new CompileUnit(key, model, registry);
  let scope: { initial: string; states: Record<string, StateConfig> };
  if (kind === "frag") {
    const b = cu.node(arg);
    scope = new RegionBuilder(cu, {
      scope: b.parent,
      stop: null,
      finalKey: "mf:fragment",
      terminateKey: TERMINATED,
    }).build(b.id);
  } else {
    scope = scopeStates(cu, kind === "body" ? arg : model.id, TERMINATED);
  }
  const isRoot = kind === "root";
  const config = {
    id: key,
    context: ({ input }: { input: MachineInput }) => initialContext(input),
    initial: "scope",
    on: {
      CHILD: { actions: [{ type: "forwardToChild" }] },
      CHILD_DONE: [{ guard: { type: "spawnedChild" }, actions: [{ type: "removeChild" }] }],
      ERROR: isRoot
        ? { actions: [{ type: "uncaughtError" }] }
        : { target: "#__failed", actions: [{ type: "failWithError" }] },
    },
    states: {
      scope: { ...scope, onDone: { target: "#__end" } },
      __end: { id: "__end", always: { guard: { type: "noChildren" }, target: "#__done" } },
      __done: { id: "__done", type: "final" },
      [TERMINATED]: { id: TERMINATED, type: "final", entry: [{ type: "terminate" }] },
      __failed: { id: "__failed", type: "final" },
    },
  };
  const { actions, guards } = createImplementations(cu);
  // The config is generated data; xstate's static types cannot describe it.
  return setup({ actions: actions as never, guards: guards as never }).createMachine(
    config as never,
  ) as unknown as AnyStateMachine;
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf(":");
  return i < 0 ? [key, ""] : [key.slice(0, i), key.slice(i + 1)];
}

function modelContaining(registry: Registry, elementId: string): ProcessModel | undefined {
  return Object.values(registry.processes).find((p) => p.nodes[elementId] || p.scopes[elementId]);
}

export { ref };
