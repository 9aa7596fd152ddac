// The top of a page on articles we wrote: a paste that starts with its lead, a one-paragraph brief dated in
// parentheses, a scraped page with masthead, navigation, breadcrumb, weather and view count above the headline,
// a wire dateline, and a related-news box set inside the article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDateline, parseArticle } from '../../src/corpus/index.js';

const read = (name: string) =>
  parseArticle({ id: name, file: `${name}.txt`, text: readFileSync(`test/fixtures/articles/${name}.txt`, 'utf8') });

describe('page headers and leads', () => {
  it('a paste with no headline keeps its lead as text and takes its title from it', () => {
    const a = read('lead-paste-no-headline');
    expect(a.passages).toHaveLength(2);
    expect(a.passages[0]!.text).toMatch(/^Chiều 14\/5, tại Hà Nội, .* lần thứ 9\.$/);
    expect(a.title).toMatch(/^Chiều 14\/5, tại Hà Nội, Thượng tướng Nguyễn Văn A,.*…$/);
    expect(a.title.length).toBeLessThanOrEqual(101);
    expect(a.published).toBeNull();
  });

  it('a one-paragraph brief is an article, dated by the date in parentheses that closes it', () => {
    const a = read('one-paragraph-brief');
    expect(a.passages).toHaveLength(1);
    expect(a.passages[0]!.text).toMatch(/trong thời gian tới\.$/);
    expect(a.published).toMatchObject({ iso: '2030-10-04', precision: 'day', inferred: false });
  });

  it('a scraped page: the headline is found below masthead, navigation, breadcrumb, weather and view count', () => {
    const a = read('wire-dateline-nav-page');
    expect(a.title).toBe('Vietnam, Chile hold second defence policy dialogue');
    expect(a.furniture.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['masthead', 'navigation', 'breadcrumb', 'weather', 'view-count']),
    );
    // The wire dateline dates the story and names the agency; the lead keeps only its sentence.
    expect(a.published).toMatchObject({ iso: '2030-03-09', precision: 'day' });
    expect(a.outlet).toBe('VNA');
    expect(a.passages[0]!.text).toMatch(
      /^The second Vietnam–Chile Defence Policy Dialogue took place in Hanoi on March 8,/,
    );
    // The related box inside the article is furniture; the report goes on after it.
    expect(a.passages.map((p) => p.text)).toHaveLength(2);
    expect(a.passages[1]!.text).toMatch(/^The two sides agreed/);
    expect(a.furniture.filter((f) => f.rule === 'inline-related')).toHaveLength(2);
  });

  it('a capital-letter dateline without a date opens a lead-first paste', () => {
    const a = read('wire-capital-city');
    expect(a.passages[0]!.text).toMatch(/^Vietnam and Chile held/);
    expect(a.title).toBe(
      'Vietnam and Chile held their third defence policy dialogue in Santiago on Thursday, the first since…',
    );
  });

  it('a wire story: the dateline and the sign-off come off the text, the sign-off names the outlet', () => {
    const a = read('wire-sign-off');
    expect(a.outlet).toBe('VNS');
    expect(a.passages.map((p) => p.text)).toEqual([
      'Deputy defence ministers of Vietnam and Chile met in Hà Nội on Friday to review cooperation in training and peacekeeping.',
      'They also exchanged views on regional and international issues of common interest.',
    ]);
  });

  it.each([
    ['HANOI (VNA) — The two sides met.', 'The two sides met.', null, 'VNA'],
    ['Hanoi, June 5, 2030 (VNA) - The two sides met.', 'The two sides met.', '2030-06-05', 'VNA'],
    ['Hanoi, June 5 (VNA) - The two sides met.', 'The two sides met.', null, 'VNA'],
    ['(Chinhphu.vn) - Chiều 13/3, hai bên đã gặp nhau.', 'Chiều 13/3, hai bên đã gặp nhau.', null, 'Chinhphu.vn'],
  ])('dateline %s', (lead, text, date, outlet) => {
    expect(readDateline(lead)).toMatchObject({ text, date: date ? { iso: date } : null, outlet });
  });

  it('a sentence that starts with a name and a dash is not a dateline', () => {
    expect(readDateline('Vietnam - Japan relations have grown.')).toBeNull();
    expect(readDateline('Hanoi - the capital - hosted the dialogue.')).toBeNull();
  });
});
