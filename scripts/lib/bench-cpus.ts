/**
 * The dedicated-core configuration of the store throughput bench: the
 * PostgreSQL server on CPUs of its own and the clients (pgbench, or Node
 * running the verbs) on the others, as a database server is deployed and as
 * TPC-B figures are quoted. When everything shares the cores, Node's CPU
 * competes with the very server whose throughput the ratio compares
 * (docs/benchmarks.md "Store").
 *
 * Only for a server on this machine whose processes this user may re-pin
 * (`taskset`, util-linux). Their affinity is restored afterwards, on every
 * server process, including backends started meanwhile, and on Ctrl-C.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import postgres from "postgres";

export interface CpuSplit {
  /** CPU list for the database server, as taskset takes it (`0`, `0-3`). */
  server: string;
  /** CPU list for the clients. */
  client: string;
}

const list = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);

/** The first half of the CPUs for the server, the rest for the clients; null on one CPU. */
export function splitCpus(count = cpus().length): CpuSplit | null {
  if (count < 2) return null;
  const half = Math.floor(count / 2);
  return { server: list(0, half - 1), client: list(half, count - 1) };
}

const LOCAL_HOSTS = new Set(["", "localhost", "127.0.0.1", "[::1]", "::1"]);

/** Field `k` (0-based, after the command name) of /proc/<pid>/stat. */
function statField(pid: number, k: number): string | undefined {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[k];
}

/** The postmaster of the server at `adminUrl`: the parent of our own backend. */
async function postmasterOf(adminUrl: string): Promise<number | string> {
  if (!LOCAL_HOSTS.has(new URL(adminUrl).hostname)) return "the server is not on this machine";
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ pid: number }[]>`select pg_backend_pid() as pid`;
    const backend = row!.pid;
    if (readFileSync(`/proc/${backend}/comm`, "utf8").trim() !== "postgres")
      return "the server's processes are not visible here";
    return Number(statField(backend, 1));
  } catch {
    return "the server's processes are not visible here";
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The postmaster and its children (backends, background processes). */
function serverProcesses(postmaster: number): number[] {
  const out = [postmaster];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statField(Number(entry), 1)) === postmaster) out.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

function maskOf(pid: number): string {
  const out = execFileSync("taskset", ["-p", String(pid)], { encoding: "utf8" });
  const m = /mask: ([0-9a-f,]+)/.exec(out);
  if (!m) throw new Error(`taskset printed no mask for ${pid}: ${out}`);
  return m[1]!;
}

function pin(pid: number, cpuList: string, allThreads = false): void {
  const args = [...(allThreads ? ["-a"] : []), "-p", "-c", cpuList, String(pid)];
  execFileSync("taskset", args, { stdio: "ignore" });
}

function setMask(pid: number, mask: string, allThreads = false): void {
  try {
    execFileSync("taskset", [...(allThreads ? ["-a"] : []), "-p", mask, String(pid)], {
      stdio: "ignore",
    });
  } catch {
    // the process ended; nothing to restore
  }
}

/**
 * Runs `run` with the server at `adminUrl` pinned to `split.server` and this
 * process (and what it forks) to `split.client`; `{ skipped }` with the
 * reason when that cannot be done here.
 */
export async function onDedicatedCpus<T>(
  adminUrl: string,
  run: (split: CpuSplit) => Promise<T>,
): Promise<{ split: CpuSplit; value: T } | { skipped: string }> {
  const split = splitCpus();
  if (!split) return { skipped: "one CPU: nothing to split" };
  const postmaster = await postmasterOf(adminUrl);
  if (typeof postmaster === "string") return { skipped: postmaster };
  let serverMask: string;
  let ownMask: string;
  try {
    serverMask = maskOf(postmaster);
    ownMask = maskOf(process.pid);
  } catch (error) {
    return { skipped: `taskset is not usable: ${(error as Error).message}` };
  }
  const restore = () => {
    for (const pid of serverProcesses(postmaster)) setMask(pid, serverMask);
    setMask(process.pid, ownMask, true);
  };
  const interrupted = () => {
    restore();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    try {
      for (const pid of serverProcesses(postmaster)) pin(pid, split.server);
      pin(process.pid, split.client, true);
    } catch {
      return { skipped: "not allowed to pin the server's processes (run as their owner or root)" };
    }
    return { split, value: await run(split) };
  } finally {
    restore();
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
}
