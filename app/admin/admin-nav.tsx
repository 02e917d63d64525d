"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import NextLink from "next/link";

const items = [
  ["overview", "/admin"],
  ["units", "/admin/units"],
  ["users", "/admin/users"],
  ["calendar", "/admin/calendar"],
  ["audit", "/admin/audit"],
  ["tokens", "/admin/tokens"],
  ["mail", "/dev/mail"],
] as const;

/** The administration sub-navigation; the current page is marked with aria-current. */
export function AdminNav() {
  const t = useTranslations("adminArea.sections");
  const path = usePathname();
  return (
    <ul>
      {items.map(([key, href]) => (
        <li key={key}>
          <NextLink href={href} aria-current={path === href ? "page" : undefined} className="link">
            {t(key)}
          </NextLink>
        </li>
      ))}
    </ul>
  );
}
