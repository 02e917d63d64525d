import { AreaPage, areaMetadata } from "@/app/_components/area-page";

export const generateMetadata = () => areaMetadata("dashboard");

export default function DashboardPage() {
  return <AreaPage area="dashboard" />;
}
