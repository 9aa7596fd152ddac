import { SlashCommandBuilder } from '../src/bot/discord.js';
import { answerAbout } from '../src/answers/index.js';
import { z } from 'zod';
import { type AnswerSpec, answerWith } from '../src/bot/index.js';

export const data = new SlashCommandBuilder()
  .setName('about')
  .setNameLocalizations({ vi: 'gioi-thieu' })
  .setDescription('The corpus: articles, date range, outlets, and files skipped')
  .setDescriptionLocalizations({ vi: 'Kho dữ liệu: số bài, thời gian, nguồn tin và các tệp bị bỏ qua' });

export const options = z.object({});

export const run: AnswerSpec<typeof options>['run'] = (lib, _options, lang) => answerAbout(lib, {}, { lang });

export const execute = answerWith({ data, options, run });
