import { SlashCommandBuilder } from 'discord.js';
import { answerQuestion } from '../src/answers/index.js';
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

export const run: AnswerSpec<typeof options>['run'] = (lib, { question }, lang) =>
  answerQuestion(lib, { question }, { lang });

/** The answer has a timeline: its picture goes on the first page. */
export const picture = true;

export const execute = answerWith({ data, options, run, picture });
