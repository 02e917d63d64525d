/**
 * Demo accounts. The password is deliberately the same obvious demo value
 * for every account: these rows exist only in a database marked as demo
 * (`app_meta` key `demo`), never in production.
 */
import type { GlobalRole } from "../../schema";

export const DEMO_PASSWORD = "demo1234";

/** People without a unit: [username, name, roles]. */
export const DEMO_PEOPLE: readonly (readonly [string, string, GlobalRole[]])[] = [
  ["admin", "Quản trị hệ thống", ["admin"]],
  ["designer", "Nguyễn Thị Thiết Kế", ["designer"]],
  ["supervisor", "Đỗ Văn Giám Sát", ["supervisor"]],
  ["citizen", "Nguyễn Văn An", ["citizen"]],
  ["citizen2", "Trần Thị Bích", ["citizen"]],
];

/** Official role codes used by `candidateGroups` in the shipped workflows. */
export const OFFICIAL_ROLES = ["reception", "specialist", "leader", "clerk"] as const;

/**
 * Units that get one official per role: a ward and its police, its district,
 * the district's agencies the shipped workflows route to, and city
 * departments.
 */
export const OFFICIAL_UNITS = [
  "HN-BD-PX",
  "HN-BD-PX-CA",
  "HN-BD",
  "HN-BD-PTP",
  "HN-BD-VPDK",
  "HN-BD-CCT",
  "HN-BD-TCKH",
  "HN-BD-XD",
  "HN-BD-CAQ",
  "HN-STP",
  "HN-STNMT",
  "HN-BHXH",
] as const;

/** Vietnamese family + given names for the officials, assigned in turn. */
export const OFFICIAL_NAMES = [
  "Trần Thị Hoa",
  "Lê Văn Hùng",
  "Phạm Thị Lan",
  "Hoàng Văn Minh",
  "Vũ Thị Ngọc",
  "Đặng Văn Phúc",
  "Bùi Thị Quỳnh",
  "Ngô Văn Sơn",
  "Dương Thị Thảo",
  "Lý Văn Tuấn",
  "Đinh Thị Uyên",
  "Phan Văn Việt",
];
