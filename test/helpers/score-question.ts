/**
 * The scoring rules of ../shared/tools/score-questions.mjs, in process: a question's answer is right when it states every
 * mustInclude fact in its own words (not in quotes), none of the mustNotInclude anywhere, in the question's language;
 * "@none" means the answer says nothing is on record. Kept in step with the shared scorer so that a held-out set of our
 * own measures what the hidden questions will.
 */
import type { Answer } from '../../src/answers/index.js';

export interface ScoredQuestion {
  id: string;
  corpus: string;
  lang: 'en' | 'vi';
  question: string;
  kind: string;
  mustInclude: (string | string[])[];
  mustNotInclude?: string[];
}

export type Verdict = 'right' | 'partial' | 'wrong language' | 'wrong' | 'not understood';

const fold = (s: string) =>
  String(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function has(folded: string, item: string): boolean {
  const f = fold(item);
  return !!f && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(f)}(?![\\p{L}\\p{N}])`, 'u').test(folded);
}
const NONE_RE = new RegExp(
  [
    String.raw`\b(?:no|not|nothing|none)\b[^.]*\b(?:on record|recorded|in (?:this|the) corpus)`,
    String.raw`\bno record`,
    String.raw`\bnot found\b`,
    String.raw`\bfound no(?:thing)?\b`,
    String.raw`\bkhong co\b[^.]*\b(?:ghi nhan|trong kho|thong tin|du lieu)`,
    String.raw`\bchua (?:duoc )?ghi nhan\b`,
    String.raw`\bkhong duoc ghi nhan\b`,
    String.raw`\bchua co\b`,
    String.raw`\bkhong tim thay\b`,
    String.raw`\bkhong co phien\b`,
    String.raw`(?<![\d.,])\b0 (?:rounds?|dialogues?|phien|cuoc)\b`,
  ].join('|'),
);
const saysNone = (a: Answer) =>
  (a.ok === false && a.kind !== 'bad-input') || NONE_RE.test(fold([a.summary, ...(a.hints ?? [])].join(' \n ')));

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (k !== 'timeline') allStrings(v, out);
  return out;
}
function allQuotes(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) allQuotes(v, out);
  else if (value && typeof value === 'object') {
    const quote = (value as { quote?: unknown }).quote;
    if (typeof quote === 'string') out.push(quote);
    for (const v of Object.values(value)) allQuotes(v, out);
  }
  return out;
}
function ownText(a: Answer): string {
  const quotes = [...(a.excerpts ?? []).map((x) => x.text), ...allQuotes(a)].map(fold);
  const parts: (string | undefined)[] = [a.title, a.summary];
  if (a.kind !== 'search')
    for (const s of a.sections ?? []) {
      parts.push(s.title);
      for (const e of s.entries ?? []) {
        parts.push(e.heading);
        for (const f of e.fields ?? []) parts.push(`${f.label}: ${f.value}`);
        const text = e.text ? fold(e.text) : '';
        if (text && !quotes.some((q) => q && (q.includes(text) || text.includes(q)))) parts.push(e.text);
      }
    }
  return fold(parts.filter(Boolean).join(' \n '));
}
const VI_LETTERS = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;
function answerLang(a: Answer): string {
  const summary = a.summary ?? '';
  if (a.lang === 'vi' && summary.length > 30 && !VI_LETTERS.test(summary)) return 'en';
  if (a.lang === 'en' && (summary.match(new RegExp(VI_LETTERS.source, 'gi')) ?? []).length > summary.length / 12)
    return 'vi';
  return a.lang;
}

export function scoreAnswer(q: ScoredQuestion, a: Answer): { verdict: Verdict; why: string } {
  const unecho = (text: string) => text.split(fold(q.question)).join(' | ');
  const own = unecho(ownText(a));
  const all = unecho(fold(allStrings(a).join(' \n ')));
  const none = saysNone(a);
  const expectsNone = q.mustInclude.includes('@none');
  const missing = q.mustInclude.filter((item) =>
    item === '@none' ? !none : ![item].flat().some((alt) => has(own, alt)),
  );
  const forbidden = (q.mustNotInclude ?? []).filter((item) => has(all, item));
  const found = q.mustInclude.length - missing.length;
  const lang = answerLang(a);
  const why = [
    missing.length ? `missing ${missing.map((m) => JSON.stringify(m)).join(', ')}` : '',
    forbidden.length ? `forbidden ${forbidden.map((m) => JSON.stringify(m)).join(', ')}` : '',
    lang !== q.lang ? `answered in ${lang}` : '',
    `[${a.kind}${a.ok === false ? ', ok:false' : ''}]`,
  ]
    .filter(Boolean)
    .join('; ');
  const generic = ['search', 'partners', 'about', 'articles'].includes(a.kind) || (a.kind === 'timeline' && !a.flag);
  let verdict: Verdict;
  if (!missing.length && !forbidden.length) verdict = 'right';
  else if (expectsNone && !none) verdict = generic ? 'not understood' : 'wrong';
  else if (forbidden.length) verdict = found === 0 || generic ? 'not understood' : 'wrong';
  else if (found === 0 || (a.kind === 'search' && !expectsNone)) verdict = 'not understood';
  else verdict = 'partial';
  if ((verdict === 'right' || verdict === 'partial') && lang !== q.lang) verdict = 'wrong language';
  return { verdict, why };
}
