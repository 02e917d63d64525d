"use client";

import { usePathname } from "next/navigation";

/** The portal's sub-menu; the current page is marked for assistive technology too. */
export function PortalNav({
  label,
  items,
}: {
  label: string;
  items: { href: string; label: string }[];
}) {
  const pathname = usePathname();
  const current = (href: string) =>
    href === "/"
      ? pathname === "/" || pathname.startsWith("/thu-tuc")
      : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav className="portal-nav" aria-label={label}>
      <ul className="container portal-nav__list">
        {items.map((i) => (
          <li key={i.href}>
            <a
              href={i.href}
              className="portal-nav__link"
              aria-current={current(i.href) ? "page" : undefined}
            >
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
