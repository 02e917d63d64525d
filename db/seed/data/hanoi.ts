/**
 * The Hanoi demo organisation, 3 tiers as before the 2025 reform (DOMAIN.md
 * "Tiers change"): the city, its departments, all 30 district-level units
 * and, for four of them, their wards/communes. Names are the official ones,
 * in NFC. Agencies are generated for every district from
 * `DISTRICT_AGENCIES` and for every seeded commune from `COMMUNE_AGENCIES`
 * (see `organisation.ts`).
 */

export const HANOI_LEVELS = [
  { code: "city", name: "Cấp thành phố" },
  { code: "district", name: "Cấp quận, huyện" },
  { code: "commune", name: "Cấp xã, phường" },
] as const;

export const HANOI = { code: "HN", name: "Thành phố Hà Nội" } as const;

/** City departments and agencies under "HN": [code, name, kind]. */
export const CITY_DEPARTMENTS: readonly (readonly [string, string, string])[] = [
  ["HN-STP", "Sở Tư pháp", "justice"],
  ["HN-STNMT", "Sở Tài nguyên và Môi trường", "natural-resources"],
  ["HN-SXD", "Sở Xây dựng", "construction"],
  ["HN-SQHKT", "Sở Quy hoạch - Kiến trúc", "urban-planning"],
  ["HN-SKHDT", "Sở Kế hoạch và Đầu tư", "planning-investment"],
  ["HN-SYT", "Sở Y tế", "health"],
  ["HN-SGDDT", "Sở Giáo dục và Đào tạo", "education"],
  ["HN-SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "labour-social"],
  ["HN-STC", "Sở Tài chính", "finance"],
  ["HN-SNV", "Sở Nội vụ", "home-affairs"],
  ["HN-SCT", "Sở Công Thương", "industry-trade"],
  ["HN-SGTVT", "Sở Giao thông vận tải", "transport"],
  ["HN-SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "agriculture"],
  ["HN-SVHTT", "Sở Văn hóa và Thể thao", "culture-sports"],
  ["HN-SDL", "Sở Du lịch", "tourism"],
  ["HN-STTTT", "Sở Thông tin và Truyền thông", "information-communications"],
  ["HN-SKHCN", "Sở Khoa học và Công nghệ", "science-technology"],
  ["HN-CA", "Công an Thành phố Hà Nội", "police"],
  ["HN-CT", "Cục Thuế Thành phố Hà Nội", "tax"],
  ["HN-VPDKDD", "Văn phòng Đăng ký đất đai Hà Nội", "land-office"],
  ["HN-BHXH", "Bảo hiểm xã hội Thành phố Hà Nội", "social-insurance"],
  ["HN-TTPVHCC", "Trung tâm Phục vụ hành chính công Thành phố Hà Nội", "public-service-centre"],
];

export type DistrictType = "quận" | "thị xã" | "huyện";

/** All 30 district-level units of Hanoi: [code, type, name]. */
export const DISTRICTS: readonly (readonly [string, DistrictType, string])[] = [
  ["HN-BD", "quận", "Ba Đình"],
  ["HN-HK", "quận", "Hoàn Kiếm"],
  ["HN-TH", "quận", "Tây Hồ"],
  ["HN-LB", "quận", "Long Biên"],
  ["HN-CG", "quận", "Cầu Giấy"],
  ["HN-DD", "quận", "Đống Đa"],
  ["HN-HBT", "quận", "Hai Bà Trưng"],
  ["HN-HM", "quận", "Hoàng Mai"],
  ["HN-TX", "quận", "Thanh Xuân"],
  ["HN-NTL", "quận", "Nam Từ Liêm"],
  ["HN-BTL", "quận", "Bắc Từ Liêm"],
  ["HN-HD", "quận", "Hà Đông"],
  ["HN-ST", "thị xã", "Sơn Tây"],
  ["HN-BV", "huyện", "Ba Vì"],
  ["HN-CM", "huyện", "Chương Mỹ"],
  ["HN-DP", "huyện", "Đan Phượng"],
  ["HN-DA", "huyện", "Đông Anh"],
  ["HN-GL", "huyện", "Gia Lâm"],
  ["HN-HDU", "huyện", "Hoài Đức"],
  ["HN-ML", "huyện", "Mê Linh"],
  ["HN-MD", "huyện", "Mỹ Đức"],
  ["HN-PXU", "huyện", "Phú Xuyên"],
  ["HN-PT", "huyện", "Phúc Thọ"],
  ["HN-QO", "huyện", "Quốc Oai"],
  ["HN-SS", "huyện", "Sóc Sơn"],
  ["HN-THT", "huyện", "Thạch Thất"],
  ["HN-TO", "huyện", "Thanh Oai"],
  ["HN-TTR", "huyện", "Thanh Trì"],
  ["HN-TTN", "huyện", "Thường Tín"],
  ["HN-UH", "huyện", "Ứng Hòa"],
];

export type CommuneType = "Phường" | "Xã" | "Thị trấn";

/**
 * Wards and communes: district code → [code suffix, type, name]. Ba Đình,
 * Hoàn Kiếm and Cầu Giấy are complete; Gia Lâm lists a few of its communes
 * to have a rural district with xã and thị trấn.
 */
export const COMMUNES: Readonly<
  Record<string, readonly (readonly [string, CommuneType, string])[]>
> = {
  "HN-BD": [
    ["PX", "Phường", "Phúc Xá"],
    ["TB", "Phường", "Trúc Bạch"],
    ["VP", "Phường", "Vĩnh Phúc"],
    ["CV", "Phường", "Cống Vị"],
    ["LG", "Phường", "Liễu Giai"],
    ["NTT", "Phường", "Nguyễn Trung Trực"],
    ["QT", "Phường", "Quán Thánh"],
    ["NH", "Phường", "Ngọc Hà"],
    ["DB", "Phường", "Điện Biên"],
    ["DC", "Phường", "Đội Cấn"],
    ["NK", "Phường", "Ngọc Khánh"],
    ["KM", "Phường", "Kim Mã"],
    ["GV", "Phường", "Giảng Võ"],
    ["TC", "Phường", "Thành Công"],
  ],
  "HN-HK": [
    ["CD", "Phường", "Chương Dương"],
    ["CDO", "Phường", "Cửa Đông"],
    ["CN", "Phường", "Cửa Nam"],
    ["DX", "Phường", "Đồng Xuân"],
    ["HBAC", "Phường", "Hàng Bạc"],
    ["HBAI", "Phường", "Hàng Bài"],
    ["HBO", "Phường", "Hàng Bồ"],
    ["HBONG", "Phường", "Hàng Bông"],
    ["HBUOM", "Phường", "Hàng Buồm"],
    ["HDAO", "Phường", "Hàng Đào"],
    ["HG", "Phường", "Hàng Gai"],
    ["HMA", "Phường", "Hàng Mã"],
    ["HTRONG", "Phường", "Hàng Trống"],
    ["LTT", "Phường", "Lý Thái Tổ"],
    ["PCT", "Phường", "Phan Chu Trinh"],
    ["PT", "Phường", "Phúc Tân"],
    ["TTI", "Phường", "Tràng Tiền"],
    ["THD", "Phường", "Trần Hưng Đạo"],
  ],
  "HN-CG": [
    ["DV", "Phường", "Dịch Vọng"],
    ["DVH", "Phường", "Dịch Vọng Hậu"],
    ["MD", "Phường", "Mai Dịch"],
    ["ND", "Phường", "Nghĩa Đô"],
    ["NT", "Phường", "Nghĩa Tân"],
    ["QH", "Phường", "Quan Hoa"],
    ["TH", "Phường", "Trung Hòa"],
    ["YH", "Phường", "Yên Hòa"],
  ],
  "HN-GL": [
    ["TQ", "Thị trấn", "Trâu Quỳ"],
    ["YV", "Thị trấn", "Yên Viên"],
    ["BT", "Xã", "Bát Tràng"],
    ["DT", "Xã", "Đa Tốn"],
    ["KK", "Xã", "Kiêu Kỵ"],
    ["DXA", "Xã", "Dương Xá"],
    ["PD", "Xã", "Phù Đổng"],
    ["NHI", "Xã", "Ninh Hiệp"],
  ],
};

/**
 * Specialised agencies at every district: [code suffix, kind, name before the
 * district's name]. The construction office is "Phòng Quản lý đô thị" in an
 * urban district and "Phòng Kinh tế và Hạ tầng" elsewhere.
 */
export const DISTRICT_AGENCIES: readonly (readonly [
  string,
  string,
  (t: DistrictType) => string,
])[] = [
  ["PTP", "justice", () => "Phòng Tư pháp"],
  ["VPDK", "land-office", () => "Chi nhánh Văn phòng đăng ký đất đai"],
  ["CCT", "tax", () => "Chi cục Thuế"],
  ["TCKH", "finance-planning", () => "Phòng Tài chính - Kế hoạch"],
  ["CAQ", "police", () => "Công an"],
  [
    "XD",
    "construction",
    (t) => (t === "quận" ? "Phòng Quản lý đô thị" : "Phòng Kinh tế và Hạ tầng"),
  ],
  ["TNMT", "natural-resources", () => "Phòng Tài nguyên và Môi trường"],
  ["LDTBXH", "labour-social", () => "Phòng Lao động - Thương binh và Xã hội"],
  ["BHXH", "social-insurance", () => "Bảo hiểm xã hội"],
];

/** Agencies under every seeded ward/commune: the ward police, which handles residence registration. */
export const COMMUNE_AGENCIES: readonly (readonly [string, string, string])[] = [
  ["CA", "police", "Công an"],
];
