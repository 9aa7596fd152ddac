import { SlashCommandBuilder } from 'discord.js';
import { answerPartners } from '../src/answers/index.js';
import type { AnswerSpec } from '../src/bot/command.js';
import { answerWith } from '../src/bot/reply.js';

export const data = new SlashCommandBuilder()
  .setName('partners')
  .setNameLocalizations({ vi: 'doi-tac' })
  .setDescription('Every partner on record, with its number of rounds and first and latest dates')
  .setDescriptionLocalizations({ vi: 'Mọi đối tác đã ghi nhận, số phiên, lần đầu và lần gần nhất' });

export const argsOf: AnswerSpec['argsOf'] = () => ({});

export const answer: AnswerSpec['answer'] = (lib, _args, lang) => answerPartners(lib, {}, { lang });

export const execute = answerWith({ data, argsOf, answer });
