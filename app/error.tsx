"use client";

import { useTranslations } from "next-intl";
import { PageIntro } from "./_components/page-intro";
import { Button } from "./_components/ui/button";

/** Unexpected failures: a generic message and a reference id, never the raw error. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("error");
  return (
    <div className="container stack" role="alert">
      <PageIntro title={t("title")} description={t("description")} />
      {error.digest && <p className="muted">{t("reference", { digest: error.digest })}</p>}
      <p>
        <Button onPress={reset}>{t("retry")}</Button>
      </p>
    </div>
  );
}
