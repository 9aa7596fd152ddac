import { SlashCommandBuilder } from 'discord.js';
import { answerPartners } from '../src/answers/index.js';
import type { CommandModule } from '../src/bot/command.js';

export const command: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('partners')
    .setNameLocalizations({ vi: 'doi-tac' })
    .setDescription('Every partner on record, with its number of rounds and first and latest dates')
    .setDescriptionLocalizations({ vi: 'Mọi đối tác đã ghi nhận, số phiên, lần đầu và lần gần nhất' }),
  argsOf: () => ({}),
  answer: (lib, _args, lang) => answerPartners(lib, {}, { lang }),
};
