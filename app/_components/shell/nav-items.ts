/** The five areas of the app, in menu order; labels live in `nav.*`. */
export const navItems = [
  { key: "portal", href: "/" },
  { key: "inbox", href: "/inbox" },
  { key: "studio", href: "/studio" },
  { key: "admin", href: "/admin" },
  { key: "dashboard", href: "/dashboard" },
] as const;

export type NavKey = (typeof navItems)[number]["key"];

/** Whether `href` is the area the visitor is in (its page or a page below it). */
export function isCurrentArea(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
