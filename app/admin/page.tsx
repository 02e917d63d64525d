import { AreaPage, areaMetadata } from "@/app/_components/area-page";

export const generateMetadata = () => areaMetadata("admin");

export default function AdminPage() {
  return <AreaPage area="admin" />;
}
