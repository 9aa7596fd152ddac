/**
 * A corpus where two files share a name in two folders (`a/report.txt` is the Canada seed, `b/report.txt` the
 * Japan one) beside a seed whose name is its own: the ids must tell the two apart and keep the third as it is.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SAME_NAME = {
  canada: { id: 'a/report', title: 'Đối thoại Chính sách Quốc phòng Việt Nam - Canada lần thứ nhất' },
  japan: { id: 'b/report', title: 'Việt Nam - Nhật Bản tiến hành đối thoại chính sách quốc phòng lần 4' },
  korea: { id: '001_bee81db2a34faaf4' },
} as const;

export function sameNameCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'attache-same-name-'));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  copyFileSync('seeds/000_064f160b2ba67829.txt', join(dir, 'a', 'report.txt'));
  copyFileSync('seeds/002_8c84e9cb420551fb.txt', join(dir, 'b', 'report.txt'));
  copyFileSync('seeds/001_bee81db2a34faaf4.txt', join(dir, '001_bee81db2a34faaf4.txt'));
  return dir;
}
