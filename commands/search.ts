import { SlashCommandBuilder } from 'discord.js';
import { answerSearch } from '../src/answers/index.js';
import type { CommandModule } from '../src/bot/command.js';

export const command: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setNameLocalizations({ vi: 'tim-kiem' })
    .setDescription('The best passages for some words, in Vietnamese or English, with or without diacritics')
    .setDescriptionLocalizations({ vi: 'Các đoạn phù hợp nhất, tiếng Việt hoặc tiếng Anh, có dấu hoặc không dấu' })
    .addStringOption((o) =>
      o.setName('query').setNameLocalizations({ vi: 'tu-khoa' }).setDescription('Words to search for').setDescriptionLocalizations({ vi: 'Từ cần tìm' })
        .setRequired(true).setMaxLength(200),
    ),
  argsOf: (i) => ({ query: i.options.getString('query', true) }),
  answer: (lib, args, lang) => answerSearch(lib, { query: args.query ?? '' }, { lang }),
};
