import { AreaPage, areaMetadata } from "@/app/_components/area-page";

export const generateMetadata = () => areaMetadata("inbox");

export default function InboxPage() {
  return <AreaPage area="inbox" />;
}
