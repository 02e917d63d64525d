import { StudioEditorPage, studioEditorMetadata } from "@/app/_components/studio/editor-page";

export const dynamic = "force-dynamic";
export const generateMetadata = studioEditorMetadata;

export default async function StudioEditorRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <StudioEditorPage id={decodeURIComponent(id)} />;
}
