/**
 * The statutory public holidays of one year (Labour Code 2019 art. 112) with
 * their weekend compensation days. Announced swaps are not generated here:
 * administrators enter them as daysOff / workingDays (DOMAIN.md).
 */
import type { DayHoliday, NationalDayBridge } from "./config";
import { dayOf, weekday } from "./days";
import { lunarToDay } from "./lunar";

const TET_DAYS: [string, string][] = [
  ["ngày cuối năm âm lịch", "last day of the lunar year"],
  ["mùng 1", "day 1"],
  ["mùng 2", "day 2"],
  ["mùng 3", "day 3"],
  ["mùng 4", "day 4"],
];

/**
 * The second National Day holiday. `auto` takes the neighbour that is a
 * weekday and joins the break to a weekend; when both or neither do (2 Sept
 * on a Wednesday), 1 September. By weekday of 2 Sept: Mon → 3rd, Tue → 1st,
 * Wed → 1st, Thu → 3rd, Fri → 1st, Sat → 1st (Fri), Sun → 3rd (Mon).
 * That matches the 2022–2025 announcements as far as we know (unverified).
 */
function nationalDayNeighbour(year: number, bridge: NationalDayBridge): number {
  const national = dayOf(year, 9, 2);
  if (bridge === "before") return national - 1;
  if (bridge === "after") return national + 1;
  const w = weekday(national);
  return w === 1 || w === 4 || w === 0 ? national + 1 : national - 1;
}

function statutory(year: number, bridge: NationalDayBridge): DayHoliday[] {
  const h = (day: number, nameVi: string, nameEn: string): DayHoliday => ({
    day,
    nameVi,
    nameEn,
    kind: "holiday",
  });
  const tet = lunarToDay(year, 1, 1);
  const national = dayOf(year, 9, 2);
  const neighbour = nationalDayNeighbour(year, bridge);
  const list = [
    h(dayOf(year, 1, 1), "Tết Dương lịch", "New Year's Day"),
    ...TET_DAYS.map(([vi, en], i) =>
      h(tet - 1 + i, `Tết Nguyên đán (${vi})`, `Lunar New Year (${en})`),
    ),
    h(lunarToDay(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration Day"),
    h(dayOf(year, 4, 30), "Ngày Chiến thắng (30/4)", "Reunification Day"),
    h(dayOf(year, 5, 1), "Ngày Quốc tế Lao động (1/5)", "International Labour Day"),
    h(national, "Quốc khánh (2/9)", "National Day"),
    h(neighbour, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)"),
  ];
  return list.sort((a, b) => a.day - b.day);
}

/**
 * Each holiday on a weekly rest day gives the first following day that is
 * neither a rest day, nor a holiday, nor already a compensation day. Taken in
 * date order, two Tết days on a weekend yield the two days after the Tết block.
 */
function withCompensation(holidays: DayHoliday[], weekend: boolean[]): DayHoliday[] {
  const taken = new Set(holidays.map((x) => x.day));
  const out = [...holidays];
  for (const x of holidays) {
    if (!weekend[weekday(x.day)]) continue;
    let day = x.day + 1;
    while (weekend[weekday(day)] || taken.has(day)) day++;
    taken.add(day);
    out.push({
      day,
      nameVi: `Nghỉ bù ${x.nameVi}`,
      nameEn: `Day off in lieu of ${x.nameEn}`,
      kind: "compensation",
    });
  }
  return out.sort((a, b) => a.day - b.day);
}

/** The generated holidays and compensation days of `year`, in date order. */
export function statutoryHolidays(
  year: number,
  bridge: NationalDayBridge,
  weekend: boolean[],
): DayHoliday[] {
  return withCompensation(statutory(year, bridge), weekend);
}
