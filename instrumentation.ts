/** Next.js start-up hook: creates the BOOTSTRAP_ADMIN user on the Node.js server (DESIGN.md §7). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureBootstrapAdmin } = await import("./app/_lib/bootstrap");
  await ensureBootstrapAdmin().catch(() => {});
}
