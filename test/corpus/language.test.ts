// An article's language: Vietnamese when more than 3 % of its letters are Vietnamese ones. The parser may stop counting
// once the share is certain; these articles sit on either side of the line, with the Vietnamese letters at the start.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.js';

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
/** The share as a plain count over the text the parser judges: the title and the passages joined by spaces. */
const shareOf = (title: string, passages: string[]) => {
  const text = `${title} ${passages.join(' ')}`;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (text.match(VIETNAMESE_LETTER)?.length ?? 0) / letters;
};

const ENGLISH_BODY =
  'The two sides reviewed defence cooperation over the past year and agreed to expand training, search and rescue, ' +
  'and exchanges of delegations at every level. They also discussed maritime security in the region and the ' +
  'settlement of disputes by peaceful means in accordance with international law.';
const MORE_BODY = [
  'Both delegations welcomed the progress made since the previous round, in particular in military medicine, ' +
    'defence industry and the training of officers in languages, and agreed to hold the next round next year.',
  'On the sidelines of the dialogue, the two heads of delegation witnessed the signing of a memorandum of ' +
    'understanding on cooperation in United Nations peacekeeping operations between the two ministries.',
];

const article = (title: string, body: string[]) =>
  parseArticle({ id: 'x', file: 'x.txt', text: [title, '', '12/03/2024', '', ...body].join('\n') });

describe('article language', () => {
  it('a Vietnamese report is Vietnamese', () => {
    const a = article('Đối thoại Chính sách Quốc phòng Việt Nam - Ca-na-đa lần thứ hai', [
      'Sáng 12/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã đồng chủ trì Đối thoại.',
    ]);
    expect(a.language).toBe('vi');
  });

  // One headline, two bodies: the headline's letters are a share of the whole text, under the line for a long body.
  it.each([
    ['an English report under a Vietnamese headline stays English when the share is under the line', 'en', MORE_BODY],
    ['the same headline over a short English body is over the line: Vietnamese', 'vi', []],
  ] as const)('%s', (_name, language, more) => {
    const a = article('Đối thoại Chính sách Quốc phòng Việt Nam – Úc lần thứ năm', [ENGLISH_BODY, ...more]);
    const share = shareOf(
      a.title,
      a.passages.map((p) => p.text),
    );
    expect(share < 0.03).toBe(language === 'en');
    expect(a.language).toBe(language);
  });

  it('an English report quoting Vietnamese names is English', () => {
    const a = article('Vietnam and Australia hold defence policy dialogue', [
      `Senior Lieutenant General Hoàng Xuân Chiến met his counterpart in Hà Nội. ${ENGLISH_BODY}`,
    ]);
    expect(a.language).toBe('en');
  });
});
