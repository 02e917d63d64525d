import type { ReactNode } from "react";

/**
 * A table in the house style: it scrolls sideways inside its wrapper on a
 * narrow screen, and its column headers are scoped for screen readers. The
 * rows (`<tr>`) are the children.
 */
export function DataTable({
  columns,
  caption,
  className,
  testId,
  children,
}: {
  columns: ReactNode[];
  caption?: ReactNode;
  /** Classes beside `table` (a page's own layout, e.g. cards on a phone). */
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className={className ? `table ${className}` : "table"} data-testid={testId}>
        {caption ? <caption className="muted">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
