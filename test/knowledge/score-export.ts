/**
 * The shared scorer (`../shared/tools/score-export.mjs`) ported to a function, so the held-out articles in
 * `test/fixtures/unseen/` are scored by the same logic in `npm test`, where ../shared may be absent. Keep it in step
 * with the scorer: a field is right, missing (nothing stated) or wrong (something false stated).
 */

export interface GoldRound {
  article: string;
  partner?: string;
  mechanism?: string;
  round?: number | null;
  mechanismAny?: boolean;
  status?: 'held' | 'mentioned' | 'planned';
  date?: string[];
  dateInferred?: boolean;
  venues?: string[];
  format?: 'in-person' | 'online';
  coChairs?: string[];
  notCoChairs?: string[];
  topics?: string[];
  agreementsMin?: number;
  isBilateralDialogue?: false;
  note?: string;
}

interface Exported {
  id: string;
  partner: string | { code: string };
  mechanism: string | null;
  round: number | null;
  status: string;
  date: string | null;
  dateInferred?: boolean;
  venues?: string[];
  format?: string | null;
  coChairs?: (string | { name: string })[];
  topics?: string[];
  agreements?: unknown[];
  sources?: { article?: string; quote?: string }[];
}

export interface ExportScore {
  right: number;
  total: number;
  wrong: number;
  misses: string[];
}

const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const code = (r: Exported) => String(typeof r.partner === 'object' ? r.partner?.code : (r.partner ?? '')).toUpperCase();
const empty = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0);

export function scoreExport(gold: GoldRound[], rounds: Exported[]): ExportScore {
  let right = 0;
  let total = 0;
  let wrong = 0;
  const misses: string[] = [];
  const field = (g: GoldRound, name: string, ok: boolean, detail: string, stated = true) => {
    total++;
    if (ok) return void right++;
    if (stated) wrong++;
    misses.push(`${g.partner ?? g.article}-${g.round ?? '?'} ${name} [${stated ? 'wrong' : 'missing'}]: ${detail}`);
  };
  for (const g of gold) {
    if (g.isBilateralDialogue === false) {
      const bad = rounds.filter(
        (r) =>
          r.status === 'held' &&
          (r.sources ?? []).length > 0 &&
          (r.sources ?? []).every((s) => fold(s.article ?? s).includes(fold(g.article))),
      );
      field(g, 'negative', bad.length === 0, `held round(s) read from a non-dialogue article: ${bad.map((r) => r.id)}`);
      continue;
    }
    const cands = rounds.filter(
      (r) =>
        code(r) === g.partner &&
        (g.round != null
          ? r.round === g.round
          : r.round == null && (r.mechanism === g.mechanism || (g.date ?? []).includes(r.date ?? ''))),
    );
    const goldElsewhere = (c: Exported) =>
      gold.some(
        (o) =>
          o !== g && o.partner === g.partner && o.round === g.round && o.mechanism === c.mechanism && !o.mechanismAny,
      );
    const r = cands.find((c) => c.mechanism === g.mechanism) ?? cands.find((c) => g.mechanismAny || !goldElsewhere(c));
    field(g, 'found', !!r, 'no record', false);
    if (!r) {
      total += 2 + (g.status === 'held' ? 4 : 0);
      continue;
    }
    field(g, 'mechanism', g.mechanismAny ? !!r.mechanism : r.mechanism === g.mechanism, `${r.mechanism}`);
    field(g, 'status', r.status === g.status, `${r.status} != ${g.status}`);
    if (g.date) {
      const ok = g.date.includes(r.date as string) && (!g.dateInferred || r.date == null || r.dateInferred === true);
      field(g, 'date', ok, `${r.date} (inferred ${r.dateInferred}) not in ${g.date}`, r.date != null);
    }
    if (g.status !== 'held') continue;
    if (g.venues) {
      const pv = (r.venues ?? []).map(fold);
      const gv = g.venues.map(fold);
      const ok = g.format === 'online' ? gv.every((v) => pv.includes(v)) : gv.some((v) => pv.includes(v));
      field(g, 'venues', ok, `${JSON.stringify(r.venues)} vs ${JSON.stringify(g.venues)}`, !empty(r.venues));
    }
    if (g.format) field(g, 'format', r.format === g.format, `${r.format} != ${g.format}`, r.format != null);
    if (g.coChairs) {
      const chairs = g.coChairs;
      const pn = (r.coChairs ?? []).map((c) => fold(typeof c === 'string' ? c : c?.name));
      const ok =
        chairs.every((n) => pn.some((p) => p.includes(fold(n)))) &&
        !(g.notCoChairs ?? []).some((n) => pn.some((p) => p.includes(fold(n))));
      const falseName = pn.some((p) => !chairs.some((n) => p.includes(fold(n)) || fold(n).includes(p)));
      field(g, 'coChairs', ok, `${JSON.stringify(pn)} vs ${JSON.stringify(chairs)}`, falseName);
    }
    if (g.topics) {
      const pt = new Set(r.topics ?? []);
      const recall = g.topics.filter((t) => pt.has(t)).length / g.topics.length;
      field(g, 'topics', recall >= 0.75, `missing ${g.topics.filter((t) => !pt.has(t))}`, false);
    }
    if (g.agreementsMin != null)
      field(g, 'agreements', (r.agreements ?? []).length >= g.agreementsMin, `${(r.agreements ?? []).length}`, false);
    const noEvidence = (r.sources ?? []).length === 0 || (r.sources ?? []).some((s) => !s.quote);
    field(g, 'evidence', !noEvidence, 'no source quote', false);
  }
  return { right, total, wrong, misses };
}
