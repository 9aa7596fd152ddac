/** The REST routes a discord.js bot uses, matched by method and path; anything else is Discord's plain 404. */
import { APP_ID, BOT_USER, GUILD_ID } from './fixtures.js';
import { interactionCallback, webhookFollowup, webhookMessage } from './rest-interactions.js';
import {
  discordError,
  invalidForm,
  notFound,
  ok,
  unauthorized,
  type RestContext,
  type RestReply,
  type RestRequest,
} from './rest-reply.js';
import { commandIssues, commandListIssues, type CommandPayload } from './validate-commands.js';

type Handler = (ctx: RestContext, req: RestRequest, params: string[]) => RestReply;
interface Route {
  method: string;
  pattern: RegExp;
  /** Needs `Authorization: Bot <token>`. */
  auth: boolean;
  handle: Handler;
}

const COMMANDS = /^\/applications\/([^/]+)(?:\/guilds\/([^/]+))?\/commands$/;
const COMMAND = /^\/applications\/([^/]+)(?:\/guilds\/([^/]+))?\/commands\/(\d+)$/;
const missingAccess = () => discordError(403, 50001, 'Missing Access');
const unknownCommand = () => discordError(404, 10063, 'Unknown application command');

/** The application must be ours, and a guild one the bot is in. */
const scopeProblem = ([app, guild]: string[]): RestReply | null =>
  app !== APP_ID ? missingAccess() : guild !== undefined && guild !== GUILD_ID ? missingAccess() : null;

const routes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/gateway\/bot$/,
    auth: true,
    handle: (ctx) =>
      ok({
        url: ctx.gatewayUrl,
        shards: ctx.shards,
        // Every shard may identify at once (as for large bots): no five-second wait between shards in tests.
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
      }),
  },
  { method: 'GET', pattern: /^\/gateway$/, auth: false, handle: (ctx) => ok({ url: ctx.gatewayUrl }) },
  { method: 'GET', pattern: /^\/users\/@me$/, auth: true, handle: () => ok(BOT_USER) },
  {
    method: 'GET',
    pattern: /^\/(?:applications|oauth2\/applications)\/@me$/,
    auth: true,
    handle: () =>
      ok({
        id: APP_ID,
        name: BOT_USER.username,
        icon: null,
        description: '',
        bot_public: false,
        bot_require_code_grant: false,
        flags: 0,
        owner: { ...BOT_USER, bot: false, id: '400000000000000004' },
        verify_key: '0'.repeat(64),
        team: null,
      }),
  },
  {
    method: 'GET',
    pattern: COMMANDS,
    auth: true,
    handle: (ctx, _req, p) => scopeProblem(p) ?? ok(ctx.commands.list(p[1])),
  },
  {
    method: 'PUT',
    pattern: COMMANDS,
    auth: true,
    handle: (ctx, req, p) => {
      const issues = commandListIssues(req.body);
      return (
        scopeProblem(p) ??
        (issues.length ? invalidForm(ctx, issues) : ok(ctx.commands.overwrite(p[1], req.body as CommandPayload[])))
      );
    },
  },
  {
    method: 'POST',
    pattern: COMMANDS,
    auth: true,
    handle: (ctx, req, p) => {
      const issues = commandIssues((req.body ?? {}) as CommandPayload, '');
      if (scopeProblem(p) || issues.length) return scopeProblem(p) ?? invalidForm(ctx, issues);
      const { command, created } = ctx.commands.upsert(p[1], req.body as CommandPayload);
      return { status: created ? 201 : 200, json: command };
    },
  },
  {
    method: 'GET',
    pattern: COMMAND,
    auth: true,
    handle: (ctx, _req, p) => {
      const command = ctx.commands.list(p[1]).find((c) => c.id === p[2]);
      return scopeProblem(p) ?? (command ? ok(command) : unknownCommand());
    },
  },
  {
    method: 'DELETE',
    pattern: COMMAND,
    auth: true,
    handle: (ctx, _req, p) => scopeProblem(p) ?? (ctx.commands.remove(p[1], p[2]!) ? ok() : unknownCommand()),
  },
  {
    method: 'POST',
    pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
    auth: false,
    handle: (ctx, req, [id, token]) => interactionCallback(ctx, req, id!, token!),
  },
  {
    method: 'POST',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)$/,
    auth: false,
    handle: (ctx, req, [app, token]) => webhookFollowup(ctx, req, app!, token!),
  },
  ...['GET', 'PATCH', 'DELETE'].map(
    (method): Route => ({
      method,
      pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      auth: false,
      handle: (ctx, req, [app, token, message]) => webhookMessage(ctx, req, app!, token!, message!),
    }),
  ),
];

/** Whether a route exists for this method and path; unknown routes are 404 and recorded as such. */
export function isKnownRoute(method: string, path: string): boolean {
  return routes.some((r) => r.method === method && r.pattern.test(path));
}

export function handleRest(ctx: RestContext, req: RestRequest): RestReply {
  for (const route of routes) {
    const match = route.method === req.method ? route.pattern.exec(req.path) : null;
    if (!match) continue;
    if (route.auth) {
      const refused = unauthorized(ctx, req);
      if (refused) return refused;
    }
    // Optional groups that did not match (a global command route has no guild) stay undefined.
    return route.handle(ctx, req, match.slice(1) as string[]);
  }
  return notFound();
}
