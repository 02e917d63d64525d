/**
 * `pgbench` TPC-B on the same server, as the yardstick for the store's
 * throughput (the ratio is the figure: it holds on a noisy machine).
 * Uses a scratch database created and dropped here.
 */
import { execFileSync } from "node:child_process";
import postgres from "postgres";

/** TPC-B tps with `clients` clients for `seconds` seconds (scale 10), pgbench on `clientCpus` when given. */
export async function pgbenchTps(
  adminUrl: string,
  clients: number,
  seconds: number,
  clientCpus?: string,
): Promise<number> {
  const name = `motcua_pgbench_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const conn = url.toString();
    execFileSync("pgbench", ["-i", "-q", "-s", "10", conn], { stdio: "ignore" });
    const args = ["-c", String(clients), "-j", "2", "-T", String(seconds), "-n", conn];
    const out = clientCpus
      ? execFileSync("taskset", ["-c", clientCpus, "pgbench", ...args], { encoding: "utf8" })
      : execFileSync("pgbench", args, { encoding: "utf8" });
    const m = /tps = ([\d.]+)/.exec(out);
    if (!m) throw new Error(`pgbench printed no tps:\n${out}`);
    return Math.round(Number(m[1]));
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  }
}
