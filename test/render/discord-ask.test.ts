// `/ask` in Discord: the embed's description opens with the sentence that answers, and says what a typo was read as.
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type Library } from '../../src/answers/index.js';
import { libraryOf } from '../helpers/library.js';
import { renderAnswer } from '../../src/render/discord.js';

let lib: Library;
beforeAll(async () => {
  lib = await libraryOf('seeds');
});
const render = (question: string, lang: 'en' | 'vi' = 'en') => {
  const answer = answerQuestion(lib, { question }, { lang });
  const message = renderAnswer(answer, {
    page: 0,
    view: 'answer',
    owner: '1',
    command: 'ask',
    ref: { args: { question } },
  });
  return { answer, description: message.embeds[0]!.description ?? '' };
};

describe('/ask description', () => {
  it('opens with the first sentence of the answer and says what it understood', () => {
    const { answer, description } = render('when was the canda dialogue');
    const first = answer.summary.split(/(?<=\.)\s/)[0]!;
    expect(description.startsWith(first)).toBe(true);
    expect(description).toContain('*Showing Canada for ‘canda’.*');
  });
  it('in the question’s language whatever the user’s locale, and without a note when nothing was guessed', () => {
    const { answer, description } = render('phien gan nhat voi nhat ban', 'en');
    expect(answer.lang).toBe('vi');
    expect(description.startsWith('Phiên gần nhất được ghi nhận là')).toBe(true);
    expect(description).not.toContain('Hiển thị');
  });
});
