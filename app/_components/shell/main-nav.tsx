"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Link } from "@/app/_components/ui/link";
import { isCurrentArea, navItems } from "./nav-items";

/**
 * The main navigation: a row of links on wide screens; on narrow ones a
 * disclosure button (aria-expanded) that shows and hides the same list.
 */
export function MainNav() {
  const t = useTranslations();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={t("shell.mainNav")} className="main-nav" data-open={open}>
      <Button
        variant="on-dark"
        className="main-nav__toggle"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onPress={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true" className="main-nav__toggle-icon">
          {open ? "✕" : "☰"}
        </span>{" "}
        {t("shell.menu")}
      </Button>
      <ul id="main-nav-list" className="main-nav__list">
        {navItems.map((item) => {
          const current = isCurrentArea(item.href, pathname);
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                className="main-nav__link"
                aria-current={current ? "page" : undefined}
                onPress={() => setOpen(false)}
              >
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
