import { redirect } from "next/navigation";
import { areaMetadata } from "@/app/_components/area-page";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { dashboardFigures, type DashboardFigures } from "@/db/services/dashboard/dashboard-figures";
import { isServiceError } from "@/db/services/errors";
import { Dashboard } from "./_components/dashboard";
import "./dashboard.css";

export const generateMetadata = () => areaMetadata("dashboard");

type Search = Record<string, string | string[] | undefined>;
const FILTERS = ["from", "to", "level", "unit"] as const;
const SIGN_IN = `/sign-in?next=${encodeURIComponent("/dashboard")}`;

/** A refusal as the rest of the app shows it: sign in first, or /forbidden. */
function refuse(error: unknown): never {
  if (isServiceError(error) && error.code === "UNAUTHENTICATED") redirect(SIGN_IN);
  if (isServiceError(error) && error.code === "FORBIDDEN") redirect("/forbidden");
  throw error;
}

/**
 * The leaders' dashboard: on-time rates per unit for a period. The verb
 * decides who may see which units; a refusal goes to /forbidden.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const principal = await requireRoute("/dashboard");
  const sp = await searchParams;
  const input = Object.fromEntries(
    FILTERS.map((k) => [k, typeof sp[k] === "string" ? sp[k] : undefined]),
  ) as Partial<Record<(typeof FILTERS)[number], string>>;
  const db = await appDb();
  const load = (filters: unknown) => dashboardFigures(db, { principal, input: filters });
  let figures: DashboardFigures;
  let invalid = false;
  try {
    figures = await load(input);
  } catch (error) {
    // Bad dates, or someone else's unit in the address: this month of their own units instead.
    const retry =
      isServiceError(error) &&
      (error.code === "VALIDATION" || (error.code === "FORBIDDEN" && Boolean(input.unit)));
    if (!retry) refuse(error);
    invalid = true;
    figures = await load({}).catch(refuse);
  }
  return <Dashboard figures={figures} filters={invalid ? {} : input} invalid={invalid} />;
}
