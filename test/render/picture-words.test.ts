// The timeline picture's legend and labels follow the reader's language: a Vietnamese reader sees no English words.
import { describe, expect, it } from 'vitest';
import { answerTimeline } from '../../src/answers/index.js';
import { renderTimelineSvg } from '../../src/render/index.js';
import { libraryOf } from '../helpers/library.js';

const words = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' | ');

describe('the picture in the reader’s language', () => {
  it('Vietnamese legend for a Vietnamese answer, English for an English one', async () => {
    const lib = await libraryOf('seeds');
    const vi = answerTimeline(lib, {}, { lang: 'vi' });
    const viText = words(renderTimelineSvg(vi.timeline!, { title: vi.title, lang: 'vi' }).svg);
    expect(viText).toMatch(/đã diễn ra/);
    expect(viText).not.toMatch(/\b(held|mentioned only|planned|other event|no date yet|date inferred|on or before)\b/);
    const en = answerTimeline(lib, {}, { lang: 'en' });
    expect(words(renderTimelineSvg(en.timeline!, { title: en.title }).svg)).toMatch(/\bheld\b/);
  });
});
