// The question parser: each form people ask in, English and Vietnamese, with and without diacritics.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../../src/answers/index.js';
import { libraryOf } from '../../helpers/library.js';
import { detectLanguage, parseQuestion } from '../../../src/answers/question/index.js';

const today = new Date('2026-06-15T00:00:00Z');
let lib: Library;
beforeAll(async () => {
  lib = await libraryOf('seeds');
});
const parse = (q: string) => parseQuestion(lib, q, today);
const codes = (q: string) => parse(q).partners.map((p) => p.code);

describe('partners in every form', () => {
  it.each([
    ['latest round with Japan', ['JP']],
    ['dialogue with the Japanese side', ['JP']],
    ['phiên gần nhất với Nhật Bản', ['JP']],
    ['phien gan nhat voi nhat ban', ['JP']],
    ['phía Nhật và Việt Nam đối thoại khi nào', ['JP']],
    ['phia nhat va viet nam doi thoai khi nao', ['JP']],
    ['đối thoại với Mỹ lần 10', ['US']],
    ['doi thoai voi my lan 10', ['US']],
    ['tell me about the us dialogue', ['US']],
    ['when was the 8th dialogue with rok', ['KR']],
    ['when did the UK and Vietnam first meet', ['GB']],
    ['Đối thoại Việt Nam - Anh lần thứ 4', ['GB']],
    ['đối thoại với Nga và Pháp', ['RU', 'FR']],
    ['doi thoai voi nga va phap', ['RU', 'FR']],
    ['lần đầu đối thoại với Úc', ['AU']],
    ['lan dau doi thoai voi uc', ['AU']],
    ['ai dong chu tri voi lao lan 4', ['LA']],
    ['when was the canda dialogue', ['CA']],
    ['Compare Canada and South Koria', ['CA', 'KR']],
    ['the 4th dialogue with Japn', ['JP']],
    ['After the 4th Vietnam–Loas dialogue', ['LA']],
  ])('%s → %j', (question, expected) => {
    expect(codes(question)).toEqual(expected);
  });
  it('common words that fold like names are not partners', () => {
    expect(codes('phiên gần nhất là khi nào')).toEqual([]);
    expect(codes('Việt Nam là đối tác lớn nhất')).toEqual([]);
    expect(codes('tell us about the latest round in 2021')).toEqual([]);
    expect(codes('what did they discuss about training')).toEqual([]);
  });
  it('a typo is reported as what was understood; Vietnam itself is never a partner', () => {
    expect(parse('when was the canda dialogue').corrections).toMatchObject([
      { typed: 'canda', understood: { kind: 'partner', key: 'CA' } },
    ]);
    expect(parse('When did Vietnam and Canada meet?').corrections).toEqual([]);
  });
});

describe('round', () => {
  it.each([
    ['the 4th dialogue with Japan', { kind: 'number', round: 4 }],
    ['round 9 with Korea', { kind: 'number', round: 9 }],
    ['đối thoại với Hàn Quốc lần thứ 9', { kind: 'number', round: 9 }],
    ['doi thoai voi han quoc lan thu 9', { kind: 'number', round: 9 }],
    ['phiên thứ tư với Nhật Bản', { kind: 'number', round: 4 }],
    ['the second dialogue with Japan', { kind: 'number', round: 2 }],
    ['the first dialogue with Canada', { kind: 'first' }],
    ['lần đầu tiên đối thoại với Canada', { kind: 'first' }],
    ['the most recent dialogue with Japan', { kind: 'latest' }],
    ['phien gan nhat voi Nhat Ban', { kind: 'latest' }],
    ['the next round with the US', { kind: 'next' }],
    ['whats the next round with the us after the 9th', { kind: 'next', after: 9 }],
    ['Trước phiên lần thứ 9 với Hàn Quốc là phiên nào', { kind: 'previous', after: 9 }],
    ['truoc phien lan thu 9 voi han quoc', { kind: 'previous', after: 9 }],
    ['the previous round with Japan', { kind: 'previous' }],
    ['all dialogues with Canada', { kind: 'all' }],
  ])('%s', (question, round) => {
    expect(parse(question).round).toEqual(round);
  });
});

describe('time', () => {
  it.each([
    ['Which dialogues took place in 2021?', '2021-01-01', '2021-12-31'],
    ['năm 2016 có đối thoại nào', '2016-01-01', '2016-12-31'],
    ['nam 2016 co doi thoai nao', '2016-01-01', '2016-12-31'],
    ['what happened in December 2023', '2023-12-01', '2023-12-31'],
    ['đối thoại trong tháng 12/2023', '2023-12-01', '2023-12-31'],
    ['between 2015 and 2018', '2015-01-01', '2018-12-31'],
    ['từ 2011 đến 2013 có những cuộc đối thoại nào', '2011-01-01', '2013-12-31'],
    ['tu 2011 den 2013', '2011-01-01', '2013-12-31'],
    ['rounds since 2019', '2019-01-01', '2026-06-15'],
    ['trước năm 2016', '1900-01-01', '2015-12-31'],
    ['dialogues last year', '2025-01-01', '2025-12-31'],
    ['đối thoại năm ngoái', '2025-01-01', '2025-12-31'],
    ['doi thoai nam ngoai', '2025-01-01', '2025-12-31'],
  ])('%s', (question, from, to) => {
    expect(parse(question).period).toMatchObject({ from, to });
  });
});

describe('person, field, topic, mechanism', () => {
  it('a co-chair on record, with or without diacritics, and two of them', () => {
    expect(parse('Tina Kaidanow đã đồng chủ trì đối thoại nào?').people).toEqual(['Tina Kaidanow']);
    expect(parse('Has Nguyen Chi Vinh ever met Ro Manabe?').people).toEqual(['Nguyễn Chí Vịnh', 'Ro Manabe']);
  });
  it.each([
    ['Who co-chaired the 9th dialogue with Korea?', 'who'],
    ['ai đồng chủ trì đối thoại với Nhật lần 4', 'who'],
    ['ai dong chu tri doi thoai voi nhat lan 4', 'who'],
    ['When was the 9th dialogue with Korea?', 'when'],
    ['đối thoại với Hàn Quốc lần 9 diễn ra ngày nào', 'when'],
    ['Where was the 4th dialogue with Japan held?', 'where'],
    ['doi thoai voi my lan 10 o dau', 'where'],
    ['Was the Canada dialogue held online?', 'format'],
    ['tham van quoc phong voi canada la truc tuyen hay truc tiep', 'format'],
    ['What was signed at the 4th dialogue with Japan?', 'signed'],
    ['Đối thoại với Canada đã thông qua văn kiện gì?', 'signed'],
    ['What did the 4th dialogue with Japan discuss?', 'topics'],
    ['How many dialogues with Japan are on record?', 'count'],
    ['Việt Nam đã đối thoại với Nhật bao nhiêu lần?', 'count'],
    ['Which partner has the most dialogues?', 'most'],
    ['doi tac nao co nhieu phien doi thoai nhat', 'most'],
  ])('%s → %s', (question, field) => {
    expect([...parse(question).fields]).toContain(field);
  });
  it('topics and mechanisms in both languages', () => {
    expect(parse('Which partners discussed demining?').topic).toBe('demining');
    expect(parse('chat doc da cam duoc ban voi nhung nuoc nao').topic).toBe('agent-orange-dioxin');
    expect(parse('Canada có bàn về rà phá bom mìn không').topic).toBe('demining');
    expect(parse('the 4th defence policy dialogue with Japan').mechanism).toBe('defence-policy-dialogue');
    expect(parse('doi thoai chinh sach quoc phong voi han quoc').mechanism).toBe('defence-policy-dialogue');
    expect(parse('Đối thoại Chiến lược Quốc phòng với Nga').mechanism).toBe('strategic-defence-dialogue');
  });
  it('a venue on record is a place', () => {
    expect(parse('which dialogue was held in Tokyo?').place).toBe('Tokyo');
  });
});

describe('language', () => {
  it.each([
    ['phien doi thoai dau tien voi nhat ban la phien nao', 'vi'],
    ['Phía Nhật và Việt Nam đối thoại lần thứ 4 khi nào?', 'vi'],
    ['Canada co ban ve ra pha bom min khong', 'vi'],
    ['Tina Kaidanow đã đồng chủ trì đối thoại nào với Việt Nam?', 'vi'],
    ['when was the canda dialogue', 'en'],
    ['Who is Hoàng Xuân Chiến?', 'en'],
    ['Canada', null],
  ])('%s → %s', (question, lang) => {
    expect(detectLanguage(question)).toBe(lang);
  });
});

describe('people the question names who are not on record', () => {
  it.each([
    ['Has Lloyd Austin ever met Nguyen Chi Vinh?', ['Lloyd Austin']],
    ['Ông Lê Văn Tám đã đồng chủ trì đối thoại nào?', ['Lê Văn Tám']],
    ['Did Tran Van Nam co-chair a dialogue with Japan?', ['Tran Van Nam']],
    ['Who Was The Canadian Co-Chair Of The First Defence Policy Dialogue?', []],
    ['Đối Thoại Chính Sách Quốc Phòng Với Nhật Bản Lần Thứ 4 Ở Đâu?', []],
    ['which dialogue did Jody Tomas co-chair?', []],
    ['has lloyd austin ever met nguyen chi vinh', []],
  ])('%s → %j', (question, names) => {
    expect(parse(question).unknownPeople).toEqual(names);
  });
});

describe('an unknown name with a partner named counts only as the subject', () => {
  it.each([
    ['Did Lloyd Austin co-chair the dialogue with the United States?', ['Lloyd Austin']],
    ['Who co-chaired the dialogue held in Siem Reap with Cambodia?', []],
  ])('%s → %j', (question, names) => {
    expect(parse(question).unknownPeople).toEqual(names);
  });
});

describe('a place read through a typo only where a place is expected', () => {
  it('"held in tokio" is Tokyo; "have been signed" holds no place', () => {
    expect(parse('which dialogue was held in tokio').place).toBe('Tokyo');
    expect(parse('what agreements have been signed').place).toBeNull();
  });
});
