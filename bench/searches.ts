/** The searches the bench times (bench/measure.ts) and bench/search-compare.ts compares: Vietnamese with and without diacritics, English. */
export const BENCH_SEARCHES = [
  'bom mìn',
  'an ninh biển',
  'gìn giữ hòa bình',
  'hop tac quoc phong',
  'peacekeeping',
  'đào tạo',
  'Đối thoại Chính sách Quốc phòng',
  'tìm kiếm cứu nạn',
];
