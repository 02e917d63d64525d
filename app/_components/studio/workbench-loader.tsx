"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { DraftProps, StudioOrg } from "./types";

function Loading() {
  const t = useTranslations("studio.editor");
  return (
    <p className="container muted" role="status">
      {t("loading")}
    </p>
  );
}

// bpmn-js and form-js touch the DOM at import time: client only (STYLE.md §5).
const Workbench = dynamic(() => import("./workbench").then((m) => m.Workbench), {
  ssr: false,
  loading: Loading,
});

export function StudioWorkbenchLoader(props: { draft: DraftProps; org: StudioOrg }) {
  return <Workbench {...props} />;
}
