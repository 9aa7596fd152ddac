/**
 * Writes sample timeline pictures to /tmp so a person can look at them:
 *   npx tsx scripts/timeline-sample.ts [dark|light]
 * The Japan sample is the Defence Policy Dialogue history as the seeds tell it.
 */
import { writeFileSync } from 'node:fs';
import type { TimelineInputPoint } from '../src/render/index.js';
import { renderTimelinePng } from '../src/render/timeline-png.js';

const theme = process.argv[2] === 'light' ? 'light' : 'dark';

const japan: TimelineInputPoint[] = [
  {
    lane: 'Japan',
    date: { iso: '2013-08', precision: 'month', inferred: true },
    label: '2nd · Hà Nội',
    status: 'mentioned',
  },
  {
    lane: 'Japan',
    date: { iso: '2016-11-29', precision: 'day', inferred: false },
    label: '4th · Tokyo',
    status: 'held',
    highlighted: true,
  },
  { lane: 'Japan', date: null, label: '5th', status: 'planned' },
];
writeFileSync(
  `/tmp/timeline-japan${theme === 'light' ? '-light' : ''}.png`,
  renderTimelinePng(japan, {
    title: 'Việt Nam – Japan · Defence Policy Dialogue',
    subtitle: 'Rounds named in the news corpus',
    theme,
    highlightLabel: 'topic: maritime security',
  }),
);

const venues = ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Canberra', 'Seoul', 'Đà Nẵng', 'New Delhi'];
const dense: TimelineInputPoint[] = Array.from({ length: 40 }, (_, i) => {
  const year = 1998 + Math.floor((i * 26) / 40);
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    lane: ['Australia', 'Hàn Quốc', 'Ấn Độ — Defence Policy Dialogue'][i % 3]!,
    date:
      i % 5 === 0
        ? { iso: String(year), precision: 'year', inferred: true }
        : { iso: `${year}-${month}`, precision: 'month', inferred: false },
    label: `Đối thoại Chính sách Quốc phòng lần thứ ${i + 1} · ${venues[i % venues.length]}`,
    status: i % 7 === 0 ? 'mentioned' : i % 11 === 0 ? 'event' : 'held',
    highlighted: i % 9 === 0,
  };
});
writeFileSync(
  `/tmp/timeline-dense${theme === 'light' ? '-light' : ''}.png`,
  renderTimelinePng(dense, { title: 'Forty rounds in three lanes', theme }),
);
console.log('wrote /tmp/timeline-japan*.png and /tmp/timeline-dense*.png');
