import { SlashCommandBuilder } from 'discord.js';
import { answerQuestion } from '../src/answers/index.js';
import type { AnswerSpec } from '../src/bot/command.js';
import { answerWith } from '../src/bot/reply.js';

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

export const argsOf: AnswerSpec['argsOf'] = (i) => ({ question: i.options.getString('question', true) });

export const answer: AnswerSpec['answer'] = (lib, args, lang) =>
  answerQuestion(lib, { question: args.question ?? '' }, { lang });

/** The answer has a timeline: its picture goes on the first page. */
export const picture = true;

export const execute = answerWith({ data, argsOf, answer, picture });
