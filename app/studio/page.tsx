import { StudioListPage, studioListMetadata } from "@/app/_components/studio/list-page";

export const dynamic = "force-dynamic";
export const generateMetadata = studioListMetadata;

export default function StudioPage() {
  return <StudioListPage />;
}
