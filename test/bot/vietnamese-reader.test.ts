// A Vietnamese reader meets no English: every command, every answer kind, every page of both views, every button and
// select menu, autocomplete and the timeline picture, on the seeds and (when present) the development set. The sentences
// quoted from sources stay as written (a quote line, an article's title); everything Attaché writes is checked.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Answer, type Library, suggestPartners, suggestRounds, suggestTopics } from '../../src/answers/index.js';
import { loadCommands, type CommandModule, pictureTitle } from '../../src/bot/index.js';
import { renderAnswer } from '../../src/render/discord.js';
import { renderTimelineSvg } from '../../src/render/index.js';
import { loadVocabulary } from '../../src/vocabulary/index.js';
import { libraryOf } from '../helpers/library.js';

/** English words Attaché itself might write; none is a Vietnamese word or a usual part of a name. */
const ENGLISH =
  /(?<![\p{L}\p{N}])(the|and|of|with|is|are|was|were|for|to|not|has|have|been|round|rounds|held|planned|partner|partners|sources|previous|next|back|open|share|article|articles|undated|unknown|inferred|topic|topics|timeline|passage|passages|other|events|found|try|closest|which|record|corpus|files|skipped|between|latest|first|minister|secretary|defence|defense|dialogue|signed|letter|intent|memorandum|jump|pick|show)(?![\p{L}\p{N}])/iu;

/** Lines Attaché wrote: quotes (">") and Discord markup (mentions, timestamps, inline code) left out. */
function ownLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .map((line) =>
      line
        .replace(/<[^>]+>/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/\]\([^)]*\)/g, ']'),
    );
}

type Leak = { where: string; line: string };

function scan(leaks: Leak[], where: string, text: string | undefined) {
  for (const line of ownLines(text ?? '')) if (ENGLISH.test(line)) leaks.push({ where, line: line.slice(0, 160) });
}

/** Titles of the articles: an article's own title is a quotation, whatever its language. */
function articleTitles(lib: Library): Set<string> {
  return new Set([...lib.articles.values()].map((a) => a.title));
}

function walkAnswer(leaks: Leak[], lib: Library, command: string, answer: Answer, where: string) {
  const titles = articleTitles(lib);
  const quoted = (name: string) => [...titles].some((t) => t && name.replace(/\\/g, '').includes(t.slice(0, 60)));
  for (const view of ['answer', 'sources'] as const)
    for (const ephemeral of [false, true]) {
      const mention = (name: string) => `</${name}:1>`;
      const ctx = { page: 0, view, owner: '1', command, ref: { key: 'k' }, ephemeral, mention };
      const { pageCount } = renderAnswer(answer, ctx);
      for (let page = 0; page < pageCount; page++) {
        const m = renderAnswer(answer, { ...ctx, page });
        for (const e of m.embeds) {
          if (!quoted(e.title ?? '') || answer.kind !== 'source') scan(leaks, `${where} title`, e.title);
          scan(leaks, `${where} description`, e.description);
          scan(leaks, `${where} footer`, e.footer?.text);
          for (const f of e.fields ?? []) {
            // Sources and search results are named by the article's own title.
            if (!(view === 'sources' || answer.kind === 'search' || answer.kind === 'source') || !quoted(f.name))
              scan(leaks, `${where} field name`, f.name);
            scan(leaks, `${where} field`, f.value);
          }
        }
        for (const row of m.components)
          for (const c of row.components as { label?: string; placeholder?: string; options?: { label: string }[] }[]) {
            scan(leaks, `${where} control`, c.label);
            scan(leaks, `${where} menu`, c.placeholder);
            for (const o of c.options ?? []) scan(leaks, `${where} menu option`, o.label);
          }
      }
    }
  if (answer.timeline?.length) {
    const svg = renderTimelineSvg(answer.timeline, {
      title: pictureTitle(answer.title),
      subtitle: answer.summary.slice(0, 140),
      lang: 'vi',
    }).svg;
    for (const m of svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)) scan(leaks, `${where} picture`, m[1]);
  }
}

async function walkCorpus(dir: string): Promise<Leak[]> {
  const lib = await libraryOf(dir);
  const commands = await loadCommands();
  const leaks: Leak[] = [];
  const run = (name: string, args: Record<string, unknown>) => {
    const command = commands.get(name) as CommandModule;
    const parsed = command.options.safeParse(args);
    expect(parsed.success, `${name} ${JSON.stringify(args)}`).toBe(true);
    const answer = command.run(lib, parsed.data, 'vi');
    walkAnswer(leaks, lib, name, answer, `/${name} ${JSON.stringify(args)}`);
    // Every choice of its menu answers too.
    for (const o of answer.jump?.options ?? []) {
      const again = command.run(lib, command.options.parse({ ...args, [answer.jump!.arg]: o.value }), 'vi');
      walkAnswer(leaks, lib, name, again, `/${name} ${answer.jump!.arg}=${o.value}`);
    }
  };
  const partners = [...new Set(lib.knowledge.rounds.map((r) => r.partner))];
  for (const p of partners) {
    run('dialogue', { partner: p });
    for (const c of suggestRounds(lib, p, '', 'vi')) scan(leaks, `round choice ${p}`, c.name);
    run('timeline', { partner: p });
  }
  for (const partner of ['France', 'Atlantis']) run('dialogue', { partner });
  run('dialogue', { partner: 'canada', round: '99' });
  run('dialogue', { partner: 'canada', round: 'abc' });
  for (const t of loadVocabulary().topics) run('topic', { topic: t.key });
  run('topic', { topic: 'qwerty zxcv' });
  run('timeline', {});
  run('timeline', { topic: 'demining' });
  run('timeline', { partner: 'zzz' });
  for (const query of ['rà phá bom mìn', 'Nhật Bản', 'hợp tác quốc phòng', 'zzzzqqq', '***']) run('search', { query });
  for (const a of lib.corpus.articles.slice(0, 20)) run('source', { article: a.id, passage: 1 });
  run('source', { article: 'nope' });
  for (const name of ['partners', 'about', 'help']) run(name, {});
  for (const question of [
    'Phiên đối thoại gần nhất với Nhật Bản diễn ra khi nào?',
    'Ai đồng chủ trì đối thoại với Canada?',
    'Việt Nam đã bàn về rà phá bom mìn với những nước nào?',
    'zzzz',
    // A Vietnamese reader who types in English still reads Vietnamese.
    'What was the latest defence policy dialogue with Japan?',
    'who co-chaired the dialogue with canada',
  ])
    run('ask', { question });
  for (const typed of ['', 'nhat', 'can', 'zz']) {
    for (const c of suggestPartners(lib, typed, 'vi')) scan(leaks, 'partner choice', c.name);
    for (const c of suggestTopics(lib, typed, 'vi')) scan(leaks, 'topic choice', c.name);
  }
  return leaks;
}

describe('a Vietnamese reader sees no English', () => {
  it('the check itself catches an English sentence', () => {
    const leaks: Leak[] = [];
    scan(leaks, 'x', 'Vietnam and Canada have held 1 round');
    scan(leaks, 'x', '> a quoted English sentence from a source');
    scan(leaks, 'x', 'Việt Nam và Canada đã tổ chức 1 phiên');
    expect(leaks.map((l) => l.line)).toEqual(['Vietnam and Canada have held 1 round']);
  });
  it('on the seeds: every command, answer, page, button, menu, choice and picture', async () => {
    expect(await walkCorpus('seeds')).toEqual([]);
  }, 60_000);
  const devset = '../shared/devset/articles';
  it.skipIf(!existsSync(devset))(
    'on the development set articles',
    async () => {
      expect(await walkCorpus(devset)).toEqual([]);
      expect(readFileSync(`${devset}/../gold.json`, 'utf8').length).toBeGreaterThan(0);
    },
    120_000,
  );
});
