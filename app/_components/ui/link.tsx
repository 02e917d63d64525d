"use client";

import { Link as AriaLink, type LinkProps as AriaLinkProps } from "react-aria-components";

export interface LinkProps extends Omit<AriaLinkProps, "className"> {
  className?: string;
}

/**
 * An in-app link. Client-side navigation comes from the RouterProvider in
 * `app/_components/providers.tsx`; without JavaScript it is a plain `<a>`.
 */
export function Link({ className, ...props }: LinkProps) {
  return <AriaLink {...props} className={["link", className].filter(Boolean).join(" ")} />;
}
