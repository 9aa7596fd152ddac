// Questions in words answered from the knowledge table: the first sentence answers, in the question's language,
// and is true for the whole record; nothing on record is said plainly. On the seeds and on small articles of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, answerQuestion, type Library } from '../../../src/answers/index.js';
import { libraryOf } from '../../helpers/library.js';

let seeds: Library;
let own: Library;
beforeAll(async () => {
  seeds = await libraryOf('seeds');
  own = await libraryOf('test/fixtures/questions');
});
const ask = (lib: Library, question: string, lang: 'en' | 'vi' = 'en') => answerQuestion(lib, { question }, { lang });
const firstSentence = (a: Answer) => a.summary.split(/(?<=\.)\s/)[0]!;

describe('one partner, one round (seeds)', () => {
  it('the latest round: the first sentence names it, with its date and venue, and the record holds 2', () => {
    const a = ask(seeds, 'What was the most recent defence policy dialogue with Japan?');
    expect(firstSentence(a)).toMatch(/^The latest on record is the 4th .*29 November 2016.*Tokyo/);
    expect(a.summary).toMatch(/2 rounds on record/);
    expect(a.lang).toBe('en');
  });
  it('"the first" that is not the 1st: the earliest on record, and earlier ones are not on record (Vietnamese)', () => {
    const a = ask(seeds, 'phien doi thoai dau tien voi nhat ban la phien nao');
    expect(a.lang).toBe('vi');
    expect(firstSentence(a)).toMatch(/lần thứ 2.*tháng 8\/2013.*chưa được ghi nhận/);
  });
  it('next after a number, previous before a number', () => {
    expect(firstSentence(ask(seeds, 'whats the next round with the us after the 9th'))).toMatch(
      /10th.*planned.*Washington/,
    );
    expect(firstSentence(ask(seeds, 'Trước phiên lần thứ 9 với Hàn Quốc là phiên nào, năm nào?'))).toMatch(
      /lần thứ 8.*2019/,
    );
  });
  it('who, where, signed, format', () => {
    expect(firstSentence(ask(seeds, 'Who was the Canadian co-chair of the first defence policy dialogue?'))).toMatch(
      /Jody Thomas/,
    );
    expect(firstSentence(ask(seeds, 'ai dong chu tri doi thoai voi nhat lan 4'))).toMatch(/Nguyễn Chí Vịnh.*Ro Manabe/);
    expect(firstSentence(ask(seeds, 'doi thoai voi my lan thu 10 se to chuc o dau'))).toMatch(/Washington/);
    expect(firstSentence(ask(seeds, 'What was signed at the 4th defence policy dialogue with Japan?'))).toMatch(
      /Terms of reference/,
    );
    expect(firstSentence(ask(seeds, 'Was the Canada dialogue held online?'))).toMatch(/online/);
  });
  it('a typo is read through and said: "Showing Canada for ‘canda’."', () => {
    const a = ask(seeds, 'when was the canda dialogue');
    expect(firstSentence(a)).toMatch(/23 July 2021/);
    expect(a.understood).toBe('Showing Canada for ‘canda’.');
  });
  it("the correction names what was understood in the answer's language", () => {
    const a = ask(seeds, 'doi thoai voi canda dien ra khi nao');
    expect(a.lang).toBe('vi');
    expect(a.understood).toBe('Hiển thị Canada cho ‘canda’.');
    expect(ask(seeds, 'doi thoai voi japn lan thu 4 dien ra khi nao').understood).toBe('Hiển thị Nhật Bản cho ‘japn’.');
  });
  it('a round not on record: said plainly, with the rounds that are', () => {
    const a = ask(seeds, 'When was the 3rd defence policy dialogue with Japan?');
    expect(firstSentence(a)).toMatch(/^No 3rd round with Japan is on record; .*2nd.*4th/);
    expect(a.summary).not.toMatch(/3rd [A-Z].*held/);
  });
  it('how many, and a topic with one partner (yes and no)', () => {
    expect(ask(seeds, 'Việt Nam đã đối thoại với Nhật bao nhiêu lần?').summary).toMatch(/^Có 2 phiên/);
    const no = ask(seeds, 'Canada co ban ve ra pha bom min khong');
    expect(no.lang).toBe('vi');
    expect(firstSentence(no)).toMatch(/^Chưa ghi nhận phiên nào với Canada bàn về rà phá bom mìn/);
    expect(no.summary).toMatch(/Nhật Bản, Hàn Quốc và Hoa Kỳ/);
  });
});

describe('across partners (seeds)', () => {
  it('rounds in a year, in both languages', () => {
    expect(firstSentence(ask(seeds, 'Which dialogues took place in 2021?'))).toMatch(
      /^2 rounds .* 2021: Canada .* South Korea/,
    );
    const vi = ask(seeds, 'nam 2016 co doi thoai nao');
    expect(vi.lang).toBe('vi');
    expect(firstSentence(vi)).toMatch(/năm 2016: Nhật Bản/);
    expect(vi.summary).not.toMatch(/Canada|Hàn Quốc/);
  });
  it('a year with nothing on record says so, with the nearest rounds', () => {
    const a = ask(seeds, 'Which dialogues took place in 2015?');
    expect(firstSentence(a)).toBe('No round on record took place in 2015.');
    expect(a.summary).toMatch(/nearest on record: .*Japan/);
  });
  it('two partners side by side', () => {
    const a = ask(seeds, 'Compare the latest dialogues with Canada and South Koria');
    expect(a.summary).toMatch(/Canada: .*23 July 2021.*South Korea: .*16 September 2021/);
  });
  it('a person: the rounds they co-chaired', () => {
    const a = ask(seeds, 'Tina Kaidanow đã đồng chủ trì đối thoại nào với Việt Nam?');
    expect(a.lang).toBe('vi');
    expect(firstSentence(a)).toMatch(/lần thứ 9.*2018/);
  });
  it('the partner with the most rounds, and a question the table cannot answer falls back to passages and says so', () => {
    expect(firstSentence(ask(seeds, 'which partner has the most dialogues?'))).toMatch(/has the most rounds on record/);
    const a = ask(seeds, 'Sojitz');
    expect(a.kind).toBe('search');
    expect(a.hints[0]).toMatch(/knowledge table holds no answer/);
  });
  it('the question gives no sign of its language: the caller’s language', () => {
    expect(ask(seeds, 'Canada', 'vi').lang).toBe('vi');
    expect(ask(seeds, 'Canada', 'en').lang).toBe('en');
  });
});

describe('our own articles (test/fixtures/questions)', () => {
  it('the 2nd and 3rd Vietnam–Philippines rounds: latest online, first on record in Manila', () => {
    expect(firstSentence(ask(own, 'latest dialogue with the Philippines'))).toMatch(/3rd .*9 November 2021 online/);
    expect(firstSentence(ask(own, 'doi thoai dau tien voi philippines o dau'))).toMatch(/lần thứ 2.*Manila/);
    expect(firstSentence(ask(own, 'Was the 3rd Philippine dialogue held online?'))).toMatch(/online/);
  });
  it('what was signed, and nothing signed', () => {
    expect(ask(own, 'Phía Phi-líp-pin đã ký văn kiện gì tại đối thoại lần 2?').summary).toMatch(/Biên bản/);
    expect(firstSentence(ask(own, 'What was signed at the 1st dialogue with Indonesia?'))).toMatch(
      /no document signed or adopted there is on record/,
    );
  });
  it('a co-chair across partners, and two people who never shared a round', () => {
    // Written "Nguyen Chi Vinh" in the English article and "Nguyễn Chí Vịnh" in the Vietnamese ones: one person.
    expect(firstSentence(ask(own, 'Which dialogues did Nguyen Chi Vinh co-chair?'))).toMatch(
      /co-chaired 3 rounds on record: .*Australia.*Indonesia.*Philippines/,
    );
    expect(firstSentence(ask(own, 'Has Nguyễn Chí Vịnh ever met Hoàng Xuân Chiến?'))).toMatch(
      /^No round on record lists both/,
    );
  });
  it('a topic in a period, and a partner with no round at all', () => {
    expect(firstSentence(ask(own, 'Which partners discussed peacekeeping in 2018?'))).toMatch(/1 partner .* Indonesia/);
    expect(firstSentence(ask(own, 'Which partners discussed peacekeeping in 2021?'))).toMatch(/^No round on record/);
    const none = ask(own, 'when was the latest dialogue with Malaysia?');
    expect(none.summary).toMatch(/^No Vietnam–Malaysia dialogue round is on record/);
  });
  it('a round number with no partner: the one round of that number, or each of them', () => {
    expect(firstSentence(ask(own, 'Where was the 3rd dialogue held?'))).toMatch(
      /^The 3rd Vietnam–Philippines Defence Policy Dialogue was held on 9 November 2021 online/,
    );
    expect(firstSentence(ask(own, 'đối thoại lần thứ nhất diễn ra ở đâu'))).toMatch(
      /^Có 2 phiên lần thứ 1 .*Canberra.*Gia-các-ta/,
    );
    expect(firstSentence(ask(own, 'When was the 7th dialogue?'))).toBe('No 7th round is on record.');
  });
  it('the earliest round of all, rounds since a year, how many with a partner', () => {
    expect(firstSentence(ask(own, 'What is the earliest dialogue on record?'))).toMatch(
      /1st Vietnam–Australia .*3 November 2017/,
    );
    expect(firstSentence(ask(own, 'dialogues since 2019'))).toMatch(/^2 rounds .*Philippines/);
    expect(ask(own, 'how many dialogues with the philippines?').summary).toMatch(/^2 rounds .* 2 held/);
  });
});

describe('calls, articles, periods and fields not on record (test/fixtures/heldout)', () => {
  let held: Library;
  beforeAll(async () => {
    held = await libraryOf('test/fixtures/heldout');
  });
  it('a courtesy call is answered from the sentence that reports it, never as a round', () => {
    const a = ask(held, 'Who did Hoang Xuan Chien pay a courtesy call on in Mongolia?');
    expect(firstSentence(a)).toMatch(/^Hoàng Xuân Chiến paid a courtesy call on Saikhanbayar Gursed \(reported/);
    expect(a.summary).toMatch(/not courtesy calls/);
    expect(a.excerpts[0]?.text).toMatch(/chào xã giao/);
    // An English answer does not quote a Vietnamese sentence in its own words.
    expect(a.summary).not.toMatch(/chào xã giao/);
  });
  it('a reception in Vietnamese names both sides and quotes its sentence; a name after "Ambassador" is read', () => {
    const vi = ask(seeds, 'Đại tướng Phan Văn Giang đã tiếp ai?');
    expect(vi.lang).toBe('vi');
    expect(firstSentence(vi)).toMatch(/^Phan Văn Giang đã tiếp Park Jae Min/);
    const en = ask(held, 'Did the defence minister receive the Dutch ambassador?');
    expect(en.summary).toMatch(
      /^Phan Van Giang received Kees van Baar \(reported 12 March 2024\)\. Source: “.*received Dutch Ambassador Kees van Baar/,
    );
  });
  it('a call nobody reports is "not on record", with no round claimed', () => {
    const a = ask(held, 'Did Dominic Wilson pay a courtesy call on the minister?');
    expect(firstSentence(a)).toMatch(/^No courtesy call, reception or visit with Dominic Wilson is on record/);
    expect(a.sections).toEqual([]);
  });
  it('English sentences put "the" before the names that take it, titles do not', () => {
    const a = ask(held, 'how many rounds with the philippines are on record');
    expect(a.summary).toMatch(/with the Philippines are on record/);
    expect(a.title).toMatch(/Vietnam–Philippines$/);
    expect(ask(held, 'When did Vietnam and the Netherlands hold a defence policy dialogue?').summary).toMatch(
      /^No Vietnam–Netherlands .* with the Netherlands\./,
    );
  });
  it('"in 2019 and 2023" is those two years, not the ones between; "2019-2022" is a range', () => {
    const two = ask(held, 'which dialogues took place in 2019 and 2023?');
    expect(firstSentence(two)).toMatch(/^2 rounds on record took place in 2019 and 2023: Thailand .* Mongolia/);
    expect(two.summary).not.toMatch(/2020|2022/);
    expect(firstSentence(ask(held, 'dialogues 2019-2022'))).toMatch(/^3 rounds on record took place in 2019–2022/);
  });
  it('a date or venue asked for and not on record is said so; "online?" of a round in person says in person', () => {
    expect(firstSentence(ask(seeds, 'where was the 8th dialogue with korea held'))).toMatch(
      /8th .* mentioned in a later report \(2019\), its venue is not on record/,
    );
    expect(firstSentence(ask(held, 'was the 4th thailand dialogue online'))).toMatch(/in Hanoi, held in person/);
  });
  it('a short English name needs no cue word ("the first uk dialogue"); Vietnamese answers name a foreign city twice', () => {
    expect(ask(held, 'where was the first uk dialogue held').title).toMatch(/United Kingdom/);
    expect(firstSentence(ask(held, 'doi thoai voi mong co lan thu nhat o dau'))).toMatch(/Ulan Bato \(Ulaanbaatar\)/);
  });
});

describe('rounds or everything (seeds)', () => {
  it('"which dialogues" lists rounds only; "what happened" lists the other events of the time too', () => {
    expect(ask(seeds, 'Which dialogues took place in 2018?').summary).not.toMatch(/other event/);
    expect(ask(seeds, 'what happened in 2018?').summary).toMatch(/1 other event on record/);
  });
});

describe('people not on record, and meetings outside the rounds (seeds)', () => {
  it('a person not on record is said so plainly, with the rounds of the one who is', () => {
    const a = ask(seeds, 'Has Lloyd Austin ever met Nguyen Chi Vinh?');
    expect(firstSentence(a)).toBe(
      'No one named Lloyd Austin is on record as co-chair or head of delegation of a round.',
    );
    expect(a.summary).toMatch(/no meeting between Lloyd Austin and Nguyễn Chí Vịnh is on record; .*4th/);
    expect(a.sections).toEqual([]);
    const vi = ask(seeds, 'Ông Lê Văn Tám đã đồng chủ trì đối thoại nào?');
    expect(vi.summary).toMatch(/^Chưa ghi nhận Lê Văn Tám là người đồng chủ trì/);
  });
  it('two people who shared no round but met at a reception: the sentence that reports it', () => {
    expect(firstSentence(ask(seeds, 'Has Phan Van Giang ever met Park Jae Min?'))).toMatch(
      /^Phan Văn Giang received Park Jae Min \(reported 17 September 2021\)/,
    );
  });
  it('the latest round of all: the card holds that round only', () => {
    const a = ask(seeds, 'phiên đối thoại gần đây nhất được ghi nhận là phiên nào');
    expect(firstSentence(a)).toMatch(/Hàn Quốc lần thứ 9/);
    expect(a.sections[0]?.entries).toHaveLength(1);
  });
});

describe('documents across partners (seeds)', () => {
  it('the rounds whose documents share the question words; all documents when it names none; none said plainly', () => {
    expect(firstSentence(ask(seeds, 'Which dialogue adopted a three-year cooperation plan?'))).toMatch(
      /^1 round on record has such documents: the 1st Vietnam–Canada/,
    );
    const all = ask(seeds, 'what agreements have been signed');
    expect(firstSentence(all)).toMatch(/^2 rounds on record have documents signed or adopted: .*Japan.*Canada/);
    expect(firstSentence(ask(seeds, 'Which dialogue signed a memorandum on submarines?'))).toBe(
      'No round on record has a document like that signed or adopted.',
    );
    expect(firstSentence(ask(seeds, 'Đối thoại nào đã thông qua kế hoạch hợp tác 3 năm?'))).toMatch(
      /^1 phiên .*Canada/,
    );
  });
});

describe('people ranked by rounds (seeds)', () => {
  it('who co-chaired the most: the people with the most rounds, ties said, in both languages', () => {
    expect(firstSentence(ask(seeds, 'Who co-chaired the most dialogues?'))).toBe(
      'Nguyễn Chí Vịnh and Hoàng Xuân Chiến co-chaired the most rounds on record: 2 rounds each.',
    );
    expect(firstSentence(ask(seeds, 'ai dong chu tri nhieu phien nhat voi nhat ban'))).toBe(
      'Nguyễn Chí Vịnh đồng chủ trì nhiều phiên nhất được ghi nhận với Nhật Bản: 2 phiên.',
    );
  });
});

describe('a person and an end of their record (seeds)', () => {
  it('"the first dialogue X co-chaired" leads with the earliest of their rounds', () => {
    expect(firstSentence(ask(seeds, 'What was the first dialogue Hoang Xuan Chien co-chaired?'))).toMatch(
      /^The earliest round on record that Hoàng Xuân Chiến co-chaired is the 1st Vietnam–Canada/,
    );
    expect(firstSentence(ask(seeds, 'phien gan nhat ma nguyen chi vinh dong chu tri'))).toMatch(
      /^Phiên gần nhất được ghi nhận mà Nguyễn Chí Vịnh đồng chủ trì là .*Nhật Bản lần thứ 4/,
    );
  });
});

describe('venues in Vietnamese answers (seeds)', () => {
  it('a country as a venue keeps its bare Vietnamese name', () => {
    const a = ask(seeds, 'doi thoai voi nhat ban lan 2 o dau');
    expect(firstSentence(a)).toMatch(/tại Nhật Bản/);
    expect(a.summary).not.toMatch(/\(Japan\)/);
  });
});
