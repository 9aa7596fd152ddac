/**
 * A small fake Discord for end-to-end tests: the REST routes and the WebSocket gateway that a discord.js bot uses, on
 * a random loopback port. It records every request, validates payloads the way Discord does, and lets a test inject
 * faults (gateway closes, missing heartbeat ACKs, invalid sessions, 429s, 5xx, slow answers). See README.md beside it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { focusOne, interactionOptions, type OptionValue } from './command-options.js';
import { CommandRegistry, type RegisteredCommand } from './commands.js';
import {
  rateLimitReply,
  serverErrorReply,
  takeFault,
  type Fault,
  type PendingFault,
  type RouteMatcher,
} from './faults.js';
import { APP_ID, CHANNEL_ID, GUILD_ID } from './fixtures.js';
import { FakeGateway } from './gateway.js';
import { readBody } from './http-body.js';
import {
  hasVisibleResponse,
  InteractionStore,
  InteractionType,
  type InteractionRecord,
  type InteractionResponse,
  type Invoker,
  type RecordedFile,
} from './interactions.js';
import { issueText, type Issue } from './issues.js';
import { handleRest, isKnownRoute } from './rest.js';
import type { RestContext, RestReply } from './rest-reply.js';
import type { MessagePayload } from './validate.js';

export type { Fault, RouteMatcher } from './faults.js';
export type { OptionValue } from './command-options.js';
export type { InteractionRecord, InteractionResponse, Invoker, RecordedFile } from './interactions.js';
export type { RegisteredCommand } from './commands.js';

export interface RecordedRequest {
  method: string;
  /** Full URL path as requested, e.g. `/api/v10/interactions/1/tok/callback`. */
  rawPath: string;
  /** The route after `/api/v10`, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  files: RecordedFile[];
  /** 0 while unanswered (or when a fault dropped the connection). */
  status: number;
  /** Whether the fake knows this route; unknown routes are answered 404. */
  known: boolean;
}

export interface ValidationFailure {
  method: string;
  path: string;
  /** Readable, e.g. `embeds.0.title: Must be 256 or fewer in length.` */
  errors: string[];
  issues: Issue[];
}

export interface FakeOptions {
  /** HELLO's heartbeat_interval in ms (Discord: 41250). Tests use ~1000 to exercise heartbeats quickly. */
  heartbeatInterval?: number;
  /** Discord gives 3 s for the first response to an interaction. */
  interactionDeadlineMs?: number;
  /** When set, only this bot token is accepted (REST 401, gateway 4004); otherwise any non-empty token is. */
  token?: string;
  /** Privileged intent bits the application has been granted (default none: asking for them closes with 4014). */
  grantedIntents?: number;
  /**
   * Every IDENTIFY is closed with this code, as Discord closes a bot that needs sharding (4011), asks for intents it
   * may not have (4013, 4014), or whose token the gateway refuses although REST took it (4004).
   */
  refuseIdentify?: number;
  /** With `refuseIdentify`: only this shard's IDENTIFY is refused. */
  refuseShard?: number;
  /** Shards the gateway serves and GET /gateway/bot recommends (default 1). */
  shards?: number;
}

const API_PREFIX = /^\/api\/v10(?=\/)/;

export class FakeDiscord {
  readonly applicationId = APP_ID;
  readonly guildId = GUILD_ID;
  readonly channelId = CHANNEL_ID;
  readonly requests: RecordedRequest[] = [];
  readonly validationErrors: ValidationFailure[] = [];
  /** Errors inside the fake itself (answered 500); a test may assert there were none. */
  readonly internalErrors: Error[] = [];
  readonly gateway: FakeGateway;
  readonly registry = new CommandRegistry();
  readonly interactions = new InteractionStore();
  baseUrl = '';
  private readonly faults: PendingFault[] = [];
  private readonly waiters = new Set<{ attempt: () => void; fail: (e: Error) => void }>();
  private readonly http = createServer((req, res) => void this.onRequest(req, res));
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly deadlineMs: number;

  constructor(private readonly options: FakeOptions = {}) {
    this.deadlineMs = options.interactionDeadlineMs ?? 3000;
    this.gateway = new FakeGateway({
      heartbeatInterval: options.heartbeatInterval ?? 41_250,
      url: () => this.gatewayUrl,
      acceptsToken: (token) => this.acceptsToken(token),
      grantedIntents: options.grantedIntents ?? 0,
      ...(options.refuseIdentify ? { refuseIdentify: options.refuseIdentify } : {}),
      ...(options.refuseShard !== undefined ? { refuseShard: options.refuseShard } : {}),
      shards: options.shards ?? 1,
      onChange: () => this.notify(),
    });
  }

  /** For discord.js: `new Client({ rest: { api: fake.apiUrl } })`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  get gatewayUrl(): string {
    return this.baseUrl.replace(/^http/, 'ws');
  }

  /** The commands a user of the fake guild sees: the guild's, then the global ones. */
  get commands(): RegisteredCommand[] {
    return [...this.registry.list(GUILD_ID), ...this.registry.global];
  }

  get identifies(): number {
    return this.gateway.identifies;
  }

  get resumes(): number {
    return this.gateway.resumes;
  }

  get heartbeats(): number {
    return this.gateway.heartbeats;
  }

  get unknownRoutes(): RecordedRequest[] {
    return this.requests.filter((r) => !r.known);
  }

  async start(): Promise<this> {
    this.http.on('upgrade', (req, socket, head) => {
      if (this.gatewayDown) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.gateway.accept(ws, req));
    });
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const waiter of [...this.waiters]) waiter.fail(new Error('fake discord: closed while waiting'));
    this.gateway.shutdown();
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ——— waiting, without sleeping ———

  /** Resolve with `check()` once it is truthy, re-checked after every request and gateway message; reject after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | false | null | 0, timeoutMs = 5000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const waiter = {
        attempt: () => {
          const value = check();
          if (value) finish(() => resolve(value as T));
        },
        fail: (error: Error) => finish(() => reject(error)),
      };
      const finish = (settle: () => void) => {
        this.waiters.delete(waiter);
        clearTimeout(timer);
        settle();
      };
      const timer = setTimeout(
        () => waiter.fail(new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what}`)),
        timeoutMs,
      );
      this.waiters.add(waiter);
      waiter.attempt();
    });
  }

  private notify() {
    for (const waiter of [...this.waiters]) waiter.attempt();
  }

  /** Wait for a successful IDENTIFY (READY sent); `count` is the total to reach, by default one more than now. */
  waitForIdentify({ count = this.gateway.readies + 1, timeoutMs = 10_000 } = {}): Promise<number> {
    return this.waitFor(() => this.gateway.readies >= count && this.gateway.readies, timeoutMs, `IDENTIFY #${count}`);
  }

  /** Wait for a successful RESUME (RESUMED sent); `count` is the total to reach, by default one more than now. */
  waitForResume({ count = this.gateway.resumed + 1, timeoutMs = 10_000 } = {}): Promise<number> {
    return this.waitFor(() => this.gateway.resumed >= count && this.gateway.resumed, timeoutMs, `RESUME #${count}`);
  }

  // ——— interactions ———

  interaction(id: string): InteractionRecord | undefined {
    return this.interactions.get(id);
  }

  responsesOf(interactionId: string): InteractionResponse[] {
    return this.interactions.get(interactionId)?.responses ?? [];
  }

  /**
   * Everything the bot did for an interaction, once `until` holds for its responses — by default once something is
   * visible: a reply, an update, autocomplete choices, or an edit/follow-up after a deferral.
   */
  waitForResponse(
    interactionId: string,
    {
      timeoutMs = 8000,
      until = hasVisibleResponse,
    }: { timeoutMs?: number; until?: (r: InteractionResponse[]) => boolean } = {},
  ): Promise<InteractionRecord> {
    return this.waitFor(
      () => {
        const record = this.interactions.get(interactionId);
        return record && until(record.responses) && record;
      },
      timeoutMs,
      `a response to interaction ${interactionId}`,
    );
  }

  /** The first visible message of an interaction: the reply, or the edit/follow-up after a deferral. */
  async waitForMessage(interactionId: string, timeoutMs = 8000): Promise<InteractionResponse> {
    const record = await this.waitForResponse(interactionId, { timeoutMs });
    return record.responses.find((r) => hasVisibleResponse([r]))!;
  }

  /** Send INTERACTION_CREATE with Discord's common fields; returns the interaction id. */
  dispatchInteraction(type: number, data: unknown, invoker: Invoker = {}, extra: Record<string, unknown> = {}): string {
    const record = this.interactions.create(type, invoker, { data, ...extra });
    // Discord sends a guild's interactions to the shard that holds the guild, and DMs to shard 0.
    this.gateway.dispatch('INTERACTION_CREATE', record.payload, invoker.dm ? 0 : this.gateway.guildShard);
    return record.id;
  }

  /** A slash command, e.g. `dispatchCommand('dialogue', [{ name: 'partner', value: 'canada' }], { locale: 'vi' })`. */
  dispatchCommand(name: string, options: OptionValue[] = [], invoker: Invoker = {}): string {
    const command = this.registry.find(name, invoker.dm ? undefined : GUILD_ID);
    const data = {
      id: command?.id ?? '0',
      name,
      type: 1,
      options: interactionOptions(options, command?.options),
      ...this.guildOf(command),
    };
    return this.dispatchInteraction(InteractionType.Command, data, invoker);
  }

  /** Autocomplete: one option is focused (the one marked, else the last) and carries the text typed so far. */
  dispatchAutocomplete(name: string, options: OptionValue[], invoker: Invoker = {}): string {
    const command = this.registry.find(name, invoker.dm ? undefined : GUILD_ID);
    const data = {
      id: command?.id ?? '0',
      name,
      type: 1,
      options: interactionOptions(focusOne(options), command?.options),
      ...this.guildOf(command),
    };
    return this.dispatchInteraction(InteractionType.Autocomplete, data, invoker);
  }

  /** A button click. The message defaults to the latest one the bot sent carrying this custom id. */
  dispatchButton(
    customId: string,
    { message, ...invoker }: Invoker & { message?: Partial<MessagePayload> } = {},
  ): string {
    const clicked = this.interactions.messageFor(customId, message);
    return this.dispatchInteraction(InteractionType.Component, { custom_id: customId, component_type: 2 }, invoker, {
      message: clicked,
    });
  }

  private guildOf(command: RegisteredCommand | undefined) {
    return command?.guild_id ? { guild_id: command.guild_id } : {};
  }

  // ——— faults ———

  /** The next request matching `match` (`METHOD /path` after /api/v10) gets `fault`, `times` times (default once). */
  failNext(match: RouteMatcher, fault: Fault, times = 1): void {
    this.faults.push({ match, fault, remaining: times });
  }

  /** Close the gateway: 4000 (resumable), 4004/4014 (fatal), 4009 (session gone), 1006 (dropped, no close frame)… */
  closeGateway(code: number): void {
    this.gateway.close(code);
  }

  private gatewayDown = false;

  /** The gateway goes away (the connection dropped, new ones refused) until `setGatewayDown(false)`. */
  setGatewayDown(down: boolean): void {
    this.gatewayDown = down;
    if (down) this.gateway.close(1006);
  }

  stopHeartbeatAcks(): void {
    this.gateway.stopHeartbeatAcks();
  }

  resumeHeartbeatAcks(): void {
    this.gateway.resumeHeartbeatAcks();
  }

  sendInvalidSession(resumable: boolean): void {
    this.gateway.sendInvalidSession(resumable);
  }

  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  // ——— REST ———

  private acceptsToken(token: string): boolean {
    return this.options.token === undefined ? token.length > 0 : token === this.options.token;
  }

  private context(method: string, path: string): RestContext {
    return {
      gatewayUrl: this.gatewayUrl,
      shards: this.options.shards ?? 1,
      interactions: this.interactions,
      commands: this.registry,
      interactionDeadlineMs: this.deadlineMs,
      acceptsToken: (token) => this.acceptsToken(token),
      recordInvalid: (issues) => this.validationErrors.push({ method, path, errors: issues.map(issueText), issues }),
    };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = req.method ?? 'GET';
    const rawPath = decodeURIComponent(url.pathname);
    const versioned = API_PREFIX.test(rawPath);
    const path = rawPath.replace(API_PREFIX, '');
    const record: RecordedRequest = {
      method,
      rawPath,
      path,
      query: url.search,
      headers: req.headers,
      body: null,
      files: [],
      status: 0,
      known: versioned && isKnownRoute(method, path),
    };
    this.requests.push(record);
    const send = ({ status, json, headers = {} }: RestReply) => {
      record.status = status;
      res.writeHead(status, json === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      this.notify();
    };
    try {
      const parsed = await readBody(req);
      Object.assign(record, { body: parsed.body, files: parsed.files });
      const fault = takeFault(this.faults, method, path);
      if (fault && 'reset' in fault) return void req.socket.destroy();
      if (fault && 'delayMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      else if (fault && fault.status === 429) return send(rateLimitReply(fault));
      else if (fault) return send(serverErrorReply(fault.status));
      if (parsed.error)
        return send({ status: 400, json: { message: 'The request body contains invalid JSON.', code: 50109 } });
      if (!versioned) return send({ status: 404, json: { message: '404: Not Found', code: 0 } });
      send(
        handleRest(this.context(method, path), {
          method,
          path,
          query: url.searchParams,
          headers: req.headers,
          body: parsed.body,
          files: parsed.files,
        }),
      );
    } catch (error) {
      this.internalErrors.push(error as Error);
      if (!res.headersSent)
        send({ status: 500, json: { message: `fake discord bug: ${(error as Error).message}`, code: 0 } });
    }
  }
}

export async function startFakeDiscord(options: FakeOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).start();
}
