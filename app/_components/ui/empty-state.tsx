import type { ReactNode } from "react";

/** What a list shows when it has nothing in it. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      <p>{children}</p>
    </div>
  );
}
