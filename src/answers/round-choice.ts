/**
 * What a user may give as a round: "latest", "all", "4", "4th", "fourth", "lần 4", "lần thứ nhất", "gần nhất", or an
 * autocomplete choice "defence-policy-dialogue:4" that also names the mechanism (so two 4th rounds of different
 * mechanisms with one partner are told apart).
 */
import { parseEnglishOrdinal } from '../knowledge/index.js';
import { fold } from '../text/index.js';

export type RoundChoice = { kind: 'all' } | { kind: 'latest' } | { kind: 'number'; round: number; mechanism?: string };

/** The value an autocomplete choice carries for one round: mechanism key and number. */
export const roundChoiceValue = (mechanism: string, round: number) => `${mechanism}:${round}`;

export function parseRoundChoice(input: string | undefined): RoundChoice | null {
  const keyed = /^([a-z0-9-]{1,80}):(\d{1,3})$/.exec((input ?? '').trim());
  if (keyed && Number(keyed[2]) > 0) return { kind: 'number', round: Number(keyed[2]), mechanism: keyed[1]! };
  const text = fold(input ?? '')
    .trim()
    .replace(/^(?:round|lan thu|lan|phien)\s+/, '');
  if (!text || /^(?:all|tat ca)$/.test(text)) return { kind: 'all' };
  if (/^(?:latest|last|most recent|newest|gan nhat|moi nhat|lan cuoi|cuoi cung)$/.test(text)) return { kind: 'latest' };
  // "lần thứ nhất": the press writes the first round in words.
  const n = /^\d{1,3}$/.test(text) ? Number(text) : text === 'nhat' ? 1 : parseEnglishOrdinal(text);
  return n && n > 0 && n < 1000 ? { kind: 'number', round: n } : null;
}
