import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { nextCli, repoRoot } from "./paths";

/** Whether nothing listens on `port` yet (checked the way Next will bind it). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port);
  });
}

/** Resolves once a TCP connection to 127.0.0.1:`port` succeeds. */
export async function waitForPort(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Nothing listened on port ${port} within ${timeoutMs / 1000} s`);
}

/**
 * Runs the Next CLI (`start` or `dev`) as a child, forwards SIGINT/SIGTERM to
 * it, and exits this process with the child's exit code.
 */
export function runNext(
  args: string[],
  env: NodeJS.ProcessEnv,
  onExit?: () => void | Promise<void>,
): ChildProcess {
  const child = spawn(process.execPath, [nextCli, ...args], {
    cwd: repoRoot,
    // Next would otherwise try to send telemetry to the internet.
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => {
    const status = code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1);
    void Promise.resolve()
      .then(onExit)
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(status));
  });
  return child;
}
