/** The shapes shared by the REST route handlers: a parsed request, a reply, the context, and Discord's error bodies. */
import type { CommandRegistry } from './commands.js';
import type { InteractionStore, RecordedFile } from './interactions.js';
import { nestErrors, type Issue } from './issues.js';

export interface RestRequest {
  method: string;
  /** The route after `/api/v10`, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  files: RecordedFile[];
}

export interface RestReply {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

export interface RestContext {
  gatewayUrl: string;
  /** Shards GET /gateway/bot recommends. */
  shards: number;
  interactions: InteractionStore;
  commands: CommandRegistry;
  /** Discord allows 3 s for the initial response to an interaction. */
  interactionDeadlineMs: number;
  acceptsToken: (token: string) => boolean;
  /** Keep a payload Discord would refuse, so a test can assert there were none. */
  recordInvalid: (issues: Issue[]) => void;
}

export const ok = (json?: unknown): RestReply => (json === undefined ? { status: 204 } : { status: 200, json });

export const discordError = (status: number, code: number, message: string): RestReply => ({
  status,
  json: { message, code },
});

export const notFound = (): RestReply => discordError(404, 0, '404: Not Found');

export function invalidForm(ctx: RestContext, issues: Issue[]): RestReply {
  ctx.recordInvalid(issues);
  return { status: 400, json: { message: 'Invalid Form Body', code: 50035, errors: nestErrors(issues) } };
}

/** Bot-authenticated routes need `Authorization: Bot <token>`; interaction callbacks and webhooks need none. */
export function unauthorized(ctx: RestContext, req: RestRequest): RestReply | null {
  const header = req.headers.authorization;
  const token = typeof header === 'string' && header.startsWith('Bot ') ? header.slice(4) : null;
  return token && ctx.acceptsToken(token) ? null : discordError(401, 0, '401: Unauthorized');
}
