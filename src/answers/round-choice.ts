/** What a user may give as a round: "latest", "all", "4", "4th", "fourth", "lần 4", "gần nhất". */
import { parseEnglishOrdinal } from '../knowledge/ordinals.js';
import { fold } from '../text/normalize.js';

export type RoundChoice = { kind: 'all' } | { kind: 'latest' } | { kind: 'number'; round: number };

export function parseRoundChoice(input: string | undefined): RoundChoice | null {
  const text = fold(input ?? '')
    .trim()
    .replace(/^(?:round|lan thu|lan|phien)\s+/, '');
  if (!text || /^(?:all|tat ca)$/.test(text)) return { kind: 'all' };
  if (/^(?:latest|last|most recent|newest|gan nhat|moi nhat|lan cuoi|cuoi cung)$/.test(text)) return { kind: 'latest' };
  const n = /^\d{1,3}$/.test(text) ? Number(text) : parseEnglishOrdinal(text);
  return n && n > 0 && n < 1000 ? { kind: 'number', round: n } : null;
}
