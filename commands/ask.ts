import { SlashCommandBuilder } from '../src/bot/discord.js';
import { answerQuestion } from '../src/answers/index.js';
import type { Language } from '../src/corpus/index.js';
import { z } from 'zod';
import { type AnswerSpec, text, answerWith } from '../src/bot/index.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setNameLocalizations({ vi: 'hoi' })
  .setDescription('Ask in words: "latest round with Japan?", "demining"')
  .setDescriptionLocalizations({ vi: 'Hỏi bằng lời: "phiên gần nhất với Nhật Bản?", "rà phá bom mìn"' })
  .addStringOption((o) =>
    o
      .setName('question')
      .setNameLocalizations({ vi: 'cau-hoi' })
      .setDescription('Your question')
      .setDescriptionLocalizations({ vi: 'Câu hỏi của bạn' })
      .setRequired(true)
      .setMaxLength(300),
  );

export const options = z.object({ question: text(300) });

/**
 * A client set to Vietnamese says the reader reads Vietnamese: the answer is in it whatever the question's language.
 * 'en' stands for every other locale, which says nothing of what the reader reads, so the question's language decides.
 */
const LOCALE_IS_READER: Record<Language, boolean> = { vi: true, en: false };

export const run: AnswerSpec<typeof options>['run'] = (lib, { question }, lang) =>
  answerQuestion(lib, { question }, { lang, ...(LOCALE_IS_READER[lang] ? { reader: lang } : {}) });

/** The answer has a timeline: its picture goes on the first page. */
export const picture = true;

export const execute = answerWith({ data, options, run, picture });
