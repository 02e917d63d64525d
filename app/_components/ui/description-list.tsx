import type { ReactNode } from "react";

export interface DescriptionItem {
  term: ReactNode;
  details: ReactNode;
}

/** Term / value pairs (`<dl>`), laid out in a responsive grid. */
export function DescriptionList({ items }: { items: DescriptionItem[] }) {
  return (
    <dl className="description-list">
      {items.map((item, index) => (
        <div key={index} className="description-list__item">
          <dt>{item.term}</dt>
          <dd>{item.details}</dd>
        </div>
      ))}
    </dl>
  );
}
