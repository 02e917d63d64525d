import type { ReactNode } from "react";
import "./studio.css";

export default function StudioLayout({ children }: { children: ReactNode }) {
  return children;
}
