import { AreaPage, areaMetadata } from "@/app/_components/area-page";

export const generateMetadata = () => areaMetadata("studio");

export default function StudioPage() {
  return <AreaPage area="studio" />;
}
