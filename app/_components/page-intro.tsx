import type { ReactNode } from "react";

/** A page's one `<h1>` and the sentence that says what the page is for. */
export function PageIntro({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children?: ReactNode;
}) {
  return (
    <div className="page-intro">
      <h1>{title}</h1>
      <p className="page-intro__description">{description}</p>
      {children}
    </div>
  );
}
