/**
 * Discord's answers that no retry can fix: a refused token, intents the application may not use, a bot that must be
 * sharded. discord.js stops reconnecting after them, so a process that stayed up would serve nothing while its
 * process manager saw it running. Each becomes one line that says what to fix, and the bot exits non-zero.
 */
import type { Client } from 'discord.js';
import { Events, Status } from './discord.js';

/** Gateway close codes after which Discord will not take the session back (discord.js's unrecoverable codes). */
const FATAL_CLOSES: Record<number, string> = {
  4004: 'Discord refused the token (gateway close 4004): reset the bot token in the developer portal and set DISCORD_TOKEN to it',
  4010: 'Discord refused the shard (gateway close 4010): check the shard count given to start:sharded',
  4011: 'Discord requires sharding for this bot (gateway close 4011): start it with npm run start:sharded',
  4012: 'Discord refused the gateway API version (gateway close 4012): update discord.js',
  4013: 'Discord refused the gateway intents as invalid (gateway close 4013): the bot asks for the Guilds intent only; update discord.js',
  4014: 'Discord refused the gateway intents as not allowed (gateway close 4014): enable them for the application under Bot → Privileged Gateway Intents in the developer portal',
};

const INVALID_TOKEN =
  'Discord refused the token (DISCORD_TOKEN invalid): reset the bot token in the developer portal and set DISCORD_TOKEN to it';

/** The line for a gateway close code, or null when discord.js will reconnect by itself. */
export function fatalCloseMessage(code: number): string | null {
  return FATAL_CLOSES[code] ?? null;
}

/** The line for a failed login: a refused token, a fatal close during the handshake, or anything else. */
export function loginFailureMessage(error: unknown): string {
  const e = error as { code?: unknown; status?: unknown; message?: unknown } | null;
  if (e?.code === 'TokenInvalid' || e?.status === 401) return INVALID_TOKEN;
  if (typeof e?.code === 'number' && FATAL_CLOSES[e.code]) return FATAL_CLOSES[e.code]!;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return `cannot log in to Discord: ${message.split('\n')[0]}`;
}

/** True while every shard of the client holds a live gateway session: what /healthz calls ready. */
export function gatewayReady(client: Client): boolean {
  return client.isReady() && client.ws.shards.size > 0 && client.ws.shards.every((s) => s.status === Status.Ready);
}

/** Calls `fail` with the line to print when a shard is closed for good. */
export function onFatalClose(client: Client, fail: (line: string) => void): void {
  client.on(Events.ShardDisconnect, (event) => {
    const line = fatalCloseMessage(event.code);
    if (line) fail(line);
  });
}
