import { SlashCommandBuilder } from 'discord.js';
import { answerSource, suggestArticles } from '../src/answers/index.js';
import type { CommandModule } from '../src/bot/command.js';

export const command: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('source')
    .setNameLocalizations({ vi: 'nguon' })
    .setDescription("An article's metadata and clean text, or one passage with its neighbours")
    .setDescriptionLocalizations({ vi: 'Thông tin và nội dung một bài, hoặc một đoạn cùng các đoạn kề' })
    .addStringOption((o) =>
      o.setName('article').setNameLocalizations({ vi: 'bai' }).setDescription('Article id').setDescriptionLocalizations({ vi: 'Mã bài viết' })
        .setRequired(true).setAutocomplete(true).setMaxLength(100),
    )
    .addIntegerOption((o) =>
      o.setName('passage').setNameLocalizations({ vi: 'doan' }).setDescription('Passage number').setDescriptionLocalizations({ vi: 'Số thứ tự đoạn' }).setMinValue(1).setMaxValue(10000),
    ),
  argsOf: (i) => ({ article: i.options.getString('article', true), passage: String(i.options.getInteger('passage') ?? '') }),
  answer: (lib, args, lang) => answerSource(lib, { article: args.article ?? '', ...(args.passage ? { passage: Number(args.passage) } : {}) }, { lang }),
  autocomplete: (i, lib) => suggestArticles(lib, i.options.getFocused()),
};
