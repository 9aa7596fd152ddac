import { SlashCommandBuilder } from '../src/bot/discord.js';
import { answerPartners } from '../src/answers/index.js';
import { z } from 'zod';
import { type AnswerSpec, answerWith } from '../src/bot/index.js';

export const data = new SlashCommandBuilder()
  .setName('partners')
  .setNameLocalizations({ vi: 'doi-tac' })
  .setDescription('Every partner on record, with its number of rounds and first and latest dates')
  .setDescriptionLocalizations({ vi: 'Mọi đối tác đã ghi nhận, số phiên, lần đầu và lần gần nhất' });

export const options = z.object({});

export const run: AnswerSpec<typeof options>['run'] = (lib, _options, lang) => answerPartners(lib, {}, { lang });

export const execute = answerWith({ data, options, run });
