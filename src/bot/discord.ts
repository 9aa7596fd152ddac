/**
 * discord.js, loaded through `require`: every value the bot, commands/ and the Discord renderer use of it comes from
 * here (types are imported from 'discord.js' itself, `import type`, which costs nothing at run time).
 *
 * Why not `import`: discord.js and the packages it loads (@discordjs/*, undici, ws, …) are CommonJS, and Node's ESM
 * loader lexes every CommonJS module it imports for its export names, even one already in require's cache. Measured
 * on Node 20 (`import('discord.js')` against `createRequire(…)('discord.js')`, back to back): about 530–595 ms against
 * 450–470, the largest share of a start from the cache. From the sources the two share one module instance (an
 * `import` of discord.js elsewhere, as in the tests, gets these same classes); test/house/discord-door.test.ts keeps
 * every other value import of discord.js out of src/ and commands/.
 *
 * Run compiled (dist/src/bot/discord.js), it loads the build's bundle of discord.js and its packages instead
 * (dist/vendor/discord.cjs, scripts/build.mjs): one file rather than some 600, about half the CPU time again. The
 * bundle is there only in a build that matches the installed packages (bin/build-state.mjs); from the sources (tsx,
 * vitest) the path below names no file, and the package itself is loaded.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as DiscordJs from 'discord.js';

const require = createRequire(import.meta.url);
// From dist/src/bot/ to dist/vendor/ (VENDORED.discord in bin/build-state.mjs).
const bundle = fileURLToPath(new URL('../../vendor/discord.cjs', import.meta.url));
const discord = (existsSync(bundle) ? require(bundle) : require('discord.js')) as typeof DiscordJs;

// Classes: the value, and the instance type under the same name, as `import { Client } from 'discord.js'` gives both.
export const ActionRowBuilder = discord.ActionRowBuilder;
export type ActionRowBuilder<T extends DiscordJs.AnyComponentBuilder = DiscordJs.AnyComponentBuilder> =
  DiscordJs.ActionRowBuilder<T>;
export const AttachmentBuilder = discord.AttachmentBuilder;
export type AttachmentBuilder = DiscordJs.AttachmentBuilder;
export const ButtonBuilder = discord.ButtonBuilder;
export type ButtonBuilder = DiscordJs.ButtonBuilder;
export const Client = discord.Client;
export type Client<Ready extends boolean = boolean> = DiscordJs.Client<Ready>;
export const EmbedBuilder = discord.EmbedBuilder;
export type EmbedBuilder = DiscordJs.EmbedBuilder;
export const REST = discord.REST;
export type REST = DiscordJs.REST;
export const SlashCommandBuilder = discord.SlashCommandBuilder;
export type SlashCommandBuilder = DiscordJs.SlashCommandBuilder;
export const StringSelectMenuBuilder = discord.StringSelectMenuBuilder;
export type StringSelectMenuBuilder = DiscordJs.StringSelectMenuBuilder;

// Enums and constants: the value, and the union of its members as a type (as an enum's name is).
export const ApplicationIntegrationType = discord.ApplicationIntegrationType;
export type ApplicationIntegrationType = DiscordJs.ApplicationIntegrationType;
export const ButtonStyle = discord.ButtonStyle;
export type ButtonStyle = DiscordJs.ButtonStyle;
export const Events = discord.Events;
export type Events = DiscordJs.Events;
export const GatewayIntentBits = discord.GatewayIntentBits;
export type GatewayIntentBits = DiscordJs.GatewayIntentBits;
export const InteractionContextType = discord.InteractionContextType;
export type InteractionContextType = DiscordJs.InteractionContextType;
export const MessageFlags = discord.MessageFlags;
export type MessageFlags = DiscordJs.MessageFlags;
export const Routes = discord.Routes;
export const Status = discord.Status;
export type Status = DiscordJs.Status;

// Markdown formatters.
export const { blockQuote, bold, hyperlink, inlineCode, quote, time } = discord;
