// The fake Discord against a real discord.js Client (gateway + REST), then its Discord-like refusals over plain fetch.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type Interaction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './server.js';

const TOKEN = `fake-token.${randomBytes(8).toString('hex')}`;
const CALLBACK = /^POST \/interactions\/\d+\/[^/]+\/callback$/;
let fake: FakeDiscord;
let client: Client;

const COMMANDS = [
  {
    name: 'dialogue',
    description: 'Defence policy dialogue with a partner',
    description_localizations: { vi: 'Đối thoại chính sách quốc phòng' },
    options: [{ type: 3, name: 'partner', description: 'Partner country', required: true, autocomplete: true }],
  },
  { name: 'slow', description: 'Deferred, then edited' },
  { name: 'attach', description: 'Replies with a file' },
];
const PARTNERS = ['Australia', 'Canada', 'India', 'Japan'];

const handlerErrors: unknown[] = [];

/** The test's own tiny bot: just enough behaviour to exercise every kind of response. */
async function handle(interaction: Interaction) {
  // Interactions for 'raw' are answered by the tests themselves, over plain fetch.
  if ('commandName' in interaction && interaction.commandName === 'raw') return;
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused().toLowerCase();
    await interaction.respond(
      PARTNERS.filter((p) => p.toLowerCase().startsWith(typed)).map((p) => ({ name: p, value: p.toLowerCase() })),
    );
  } else if (interaction.isChatInputCommand() && interaction.commandName === 'dialogue') {
    const partner = interaction.options.getString('partner', true);
    const embed = new EmbedBuilder()
      .setTitle(`Dialogue: ${partner}`)
      .setDescription(`locale ${interaction.locale}, asked by <@${interaction.user.id}>`);
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(`next:${partner}`).setLabel('Next').setStyle(ButtonStyle.Primary),
    );
    await interaction.reply({ embeds: [embed], components: [row], allowedMentions: { parse: [] } });
  } else if (interaction.isChatInputCommand() && interaction.commandName === 'slow') {
    await interaction.deferReply();
    await interaction.editReply({ content: 'done after deferring' });
    await interaction.followUp({ content: 'and one more thing', flags: MessageFlags.Ephemeral });
  } else if (interaction.isChatInputCommand() && interaction.commandName === 'attach') {
    await interaction.reply({
      content: 'with a file',
      files: [{ attachment: Buffer.from('hello, file'), name: 'note.txt' }],
    });
  } else if (interaction.isButton()) {
    await interaction.update({
      content: `page 2 of ${interaction.customId.split(':')[1]}, was ${interaction.message.embeds[0]?.title}`,
      embeds: [],
      components: [],
    });
  }
}

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatInterval: 1000, token: TOKEN });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  client.on(
    Events.InteractionCreate,
    (interaction) => void handle(interaction).catch((error: unknown) => handlerErrors.push(error)),
  );
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('a real discord.js Client', () => {
  it('connects with v10 JSON, identifies once and sees the fake guild', () => {
    expect(fake.gateway.connectQueries[0]).toBe('?v=10&encoding=json');
    expect(fake.identifies).toBe(1);
    expect(fake.gateway.lastIdentify?.intents).toBe(GatewayIntentBits.Guilds);
    expect(client.user?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guildId)?.roles.everyone.name).toBe('@everyone');
    const gatewayRequest = fake.requests.find((r) => r.path === '/gateway/bot')!;
    expect(gatewayRequest.rawPath).toBe('/api/v10/gateway/bot');
    expect(gatewayRequest.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('registers guild commands with one bulk overwrite, and a bad name is refused with 50035', async () => {
    const set = await client.application!.commands.set(COMMANDS, fake.guildId);
    expect([...set.values()].map((c) => c.name).sort()).toEqual(['attach', 'dialogue', 'slow']);
    expect(fake.commands.map((c) => c.id)).toEqual(fake.commands.map((c) => set.findKey((s) => s.name === c.name)));
    const refusal = await client
      .application!.commands.set([{ name: 'Dialogue', description: 'x'.repeat(101) }], fake.guildId)
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DiscordAPIError);
    expect((refusal as DiscordAPIError).code).toBe(50035);
    expect(fake.validationErrors.splice(0).flatMap((v) => v.errors)).toEqual([
      expect.stringMatching(/^0\.name: Command name is invalid/),
      '0.description: Must be between 1 and 100 in length.',
    ]);
    expect(fake.commands.map((c) => c.name).sort()).toEqual(['attach', 'dialogue', 'slow']);
  });

  it('a slash command is answered with an embed, no mentions, in the user locale', async () => {
    const id = fake.dispatchCommand('dialogue', [{ name: 'partner', value: 'canada' }], {
      locale: 'vi',
      userId: '400000000000000777',
    });
    const { responses } = await fake.waitForResponse(id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ kind: 'callback', type: 4 });
    expect(responses[0]!.data.embeds![0]).toMatchObject({
      title: 'Dialogue: canada',
      description: 'locale vi, asked by <@400000000000000777>',
    });
    expect(responses[0]!.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('autocomplete sends the focused text and gets choices', async () => {
    const id = fake.dispatchAutocomplete('dialogue', [{ name: 'partner', value: 'ca' }]);
    expect(fake.interaction(id)!.payload.data).toMatchObject({
      options: [{ name: 'partner', type: 3, value: 'ca', focused: true }],
    });
    const { responses } = await fake.waitForResponse(id);
    expect(responses[0]).toMatchObject({ type: 8, data: { choices: [{ name: 'Canada', value: 'canada' }] } });
  });

  it('a button click on the bot message is answered with an update of that message', async () => {
    const asked = fake.dispatchCommand('dialogue', [{ name: 'partner', value: 'japan' }]);
    await fake.waitForResponse(asked);
    const click = fake.dispatchButton('next:japan', { userId: '400000000000000888' });
    const { responses, original } = await fake.waitForResponse(click);
    expect(responses[0]).toMatchObject({
      kind: 'callback',
      type: 7,
      data: { content: 'page 2 of japan, was Dialogue: japan' },
    });
    expect(original?.content).toBe('page 2 of japan, was Dialogue: japan');
  });

  it('a deferred reply is followed by an edit of @original', async () => {
    const id = fake.dispatchCommand('slow');
    const { responses, original } = await fake.waitForResponse(id);
    expect(responses.map((r) => [r.kind, r.type ?? r.messageId])).toEqual([
      ['callback', 5],
      ['edit', '@original'],
    ]);
    expect(original?.content).toBe('done after deferring');
    const all = await fake.waitForResponse(id, { until: (list) => list.some((r) => r.kind === 'followup') });
    expect(all.responses[2]!.data).toMatchObject({ content: 'and one more thing', flags: 64 });
    expect(fake.requests.find((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))!.query).toBe('?wait=true');
  });

  it('a reply with a file arrives as multipart, payload_json plus files[0]', async () => {
    const id = fake.dispatchCommand('attach');
    const { responses } = await fake.waitForResponse(id);
    expect(responses[0]!.data.content).toBe('with a file');
    expect(responses[0]!.files.map((f) => [f.field, f.name, f.bytes.toString()])).toEqual([
      ['files[0]', 'note.txt', 'hello, file'],
    ]);
  });

  it('a 429 on the callback is waited out and retried by discord.js', async () => {
    fake.failNext(CALLBACK, { status: 429, retryAfter: 1 });
    const id = fake.dispatchCommand('dialogue', [{ name: 'partner', value: 'india' }]);
    await fake.waitForResponse(id);
    const callbacks = fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
  });

  // The fake's RESUMED is sent before discord.js has handled it: wait for the client too before the next gateway fault.
  const clientResumed = () => once(client, Events.ShardResume);

  it('a 4000 close is followed by RESUME, and dispatches sent meanwhile are replayed', async () => {
    const resumed = Promise.all([fake.waitForResume(), clientResumed()]);
    fake.closeGateway(4000);
    const id = fake.dispatchCommand('slow');
    await resumed;
    expect((await fake.waitForMessage(id)).data.content).toBe('done after deferring');
    expect(fake.identifies).toBe(1);
  });

  it('a dropped connection (1006) is resumed too', async () => {
    const resumed = Promise.all([fake.waitForResume(), clientResumed()]);
    fake.closeGateway(1006);
    await resumed;
    expect(fake.identifies).toBe(1);
  });

  it('unacknowledged heartbeats make the client reconnect and resume', async () => {
    const resumed = Promise.all([fake.waitForResume(), clientResumed()]);
    fake.stopHeartbeatAcks();
    await resumed;
    fake.resumeHeartbeatAcks();
    expect(fake.identifies).toBe(1);
  });

  it('a non-resumable invalid session makes the client identify again', async () => {
    const identified = fake.waitForIdentify();
    fake.sendInvalidSession(false);
    expect(await identified).toBe(2);
    const id = fake.dispatchCommand('dialogue', [{ name: 'partner', value: 'australia' }]);
    expect((await fake.waitForMessage(id)).type).toBe(4);
  });

  it('sent nothing Discord would refuse, and asked for no unknown route', () => {
    expect(fake.validationErrors).toEqual([]);
    expect(fake.unknownRoutes).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
    expect(handlerErrors).toEqual([]);
  });
});

describe('gateway refusals', () => {
  it('a privileged intent the application was not granted closes with 4014, and login fails', async () => {
    const strict = await startFakeDiscord();
    const greedy = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers],
      rest: { api: strict.apiUrl },
    });
    try {
      await expect(greedy.login('fake-token.greedy')).rejects.toThrow(/disallowed intents/i);
      expect(strict.gateway.closeCodes).toEqual([4014]);
    } finally {
      await greedy.destroy();
      await strict.close();
    }
  });

  it('a token the fake does not know is refused (REST 401) before the gateway', async () => {
    const other = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    try {
      await expect(other.login('fake-token.wrong')).rejects.toThrow(/401|unauthorized|invalid token/i);
    } finally {
      await other.destroy();
    }
  });
});

describe('Discord-like refusals (plain fetch)', () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${fake.apiUrl}/v10${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  function rawInteraction() {
    const id = fake.dispatchInteraction(2, { id: '0', name: 'raw', type: 1 });
    return { id, token: fake.interaction(id)!.token };
  }

  it('a second initial response is 40060', async () => {
    const { id, token } = rawInteraction();
    expect((await post(`/interactions/${id}/${token}/callback`, { type: 4, data: { content: 'one' } })).status).toBe(
      204,
    );
    const second = await post(`/interactions/${id}/${token}/callback`, { type: 4, data: { content: 'two' } });
    expect([second.status, await second.json()]).toEqual([
      400,
      { message: 'Interaction has already been acknowledged.', code: 40060 },
    ]);
  });

  it('an oversized embed is 50035 with the errors nested by path, and recorded', async () => {
    const { id, token } = rawInteraction();
    const res = await post(`/interactions/${id}/${token}/callback`, {
      type: 4,
      data: { embeds: [{ title: 't'.repeat(257), description: 'ok' }] },
    });
    const body = (await res.json()) as {
      code: number;
      errors: { embeds: Record<string, { title: { _errors: { code: string }[] } }> };
    };
    expect([res.status, body.code, body.errors.embeds['0']!.title._errors[0]!.code]).toEqual([
      400,
      50035,
      'BASE_TYPE_MAX_LENGTH',
    ]);
    expect(fake.validationErrors.splice(0).map((v) => v.errors)).toEqual([
      ['embeds.0.title: Must be 256 or fewer in length.'],
    ]);
    expect(fake.responsesOf(id)).toEqual([]);
  });

  it('autocomplete choices are for autocomplete only, and at most 25', async () => {
    const { id, token } = rawInteraction();
    expect((await post(`/interactions/${id}/${token}/callback`, { type: 8, data: { choices: [] } })).status).toBe(400);
    const auto = fake.dispatchInteraction(4, { id: '0', name: 'raw', type: 1, options: [] });
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));
    expect(
      (await post(`/interactions/${auto}/${fake.interaction(auto)!.token}/callback`, { type: 8, data: { choices } }))
        .status,
    ).toBe(400);
    expect(fake.validationErrors.splice(0).map((v) => v.issues[0]!.code)).toEqual([
      'INTERACTION_CALLBACK_TYPE_INVALID',
      'BASE_TYPE_MAX_LENGTH',
    ]);
  });

  it('an empty reply is 50006; a follow-up before any response is an unknown webhook', async () => {
    const { id, token } = rawInteraction();
    const followup = await post(`/webhooks/${fake.applicationId}/${token}?wait=true`, { content: 'too early' });
    expect([followup.status, ((await followup.json()) as { code: number }).code]).toEqual([404, 10015]);
    const empty = await post(`/interactions/${id}/${token}/callback`, { type: 4, data: { content: '' } });
    expect(((await empty.json()) as { code: number }).code).toBe(50006);
    fake.validationErrors.splice(0);
  });

  it('a callback after the deadline is 10062', async () => {
    const late = await startFakeDiscord({ interactionDeadlineMs: -1 });
    try {
      const id = late.dispatchInteraction(2, { id: '0', name: 'raw', type: 1 });
      const res = await fetch(`${late.apiUrl}/v10/interactions/${id}/${late.interaction(id)!.token}/callback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 5 }),
      });
      expect([res.status, await res.json()]).toEqual([404, { message: 'Unknown interaction', code: 10062 }]);
    } finally {
      await late.close();
    }
  });

  it('unknown routes are 404 code 0 and recorded; a wrong token is 401; bad JSON is 50109', async () => {
    const unknown = await fetch(`${fake.apiUrl}/v10/channels/1/messages`);
    expect([unknown.status, await unknown.json()]).toEqual([404, { message: '404: Not Found', code: 0 }]);
    expect(fake.unknownRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /channels/1/messages']);
    const wrong = await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: 'Bot not-the-token' } });
    expect(wrong.status).toBe(401);
    const garbled = await fetch(`${fake.apiUrl}/v10/applications/${fake.applicationId}/commands`, {
      method: 'PUT',
      headers: { authorization: `Bot ${TOKEN}`, 'content-type': 'application/json' },
      body: '[{',
    });
    expect(((await garbled.json()) as { code: number }).code).toBe(50109);
  });

  it('a 500 fault is answered once, then the route works again', async () => {
    fake.failNext(/^GET \/gateway$/, { status: 500 });
    expect((await fetch(`${fake.apiUrl}/v10/gateway`)).status).toBe(500);
    expect(await (await fetch(`${fake.apiUrl}/v10/gateway`)).json()).toEqual({ url: fake.gatewayUrl });
  });
});
