/**
 * A small fake Discord for end-to-end tests: the REST routes and the WebSocket gateway that a discord.js bot uses,
 * on a random loopback port. It records every request, validates payloads the way Discord does, and lets a test
 * inject faults (gateway closes, missing heartbeat ACKs, 429s, 500s, slow answers). See README.md beside it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { validateChoices, validateCommands, validateMessage, type MessagePayload } from './validate.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  files: { name: string; size: number; bytes: Buffer }[];
  status: number;
}

export interface InteractionResponse {
  kind: 'callback' | 'edit' | 'followup';
  /** Callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete), for callbacks. */
  type?: number;
  data: MessagePayload & { choices?: { name: string; value: string }[] };
  files: { name: string; size: number; bytes: Buffer }[];
}

interface InteractionState {
  id: string;
  token: string;
  dispatchedAt: number;
  acknowledged: boolean;
  responses: InteractionResponse[];
}

type Fault = { status: 500 } | { status: 429; retryAfter: number; global?: boolean } | { delayMs: number };

export interface FakeOptions {
  heartbeatInterval?: number;
  /** Discord gives 3 s for the first response to an interaction. */
  interactionDeadlineMs?: number;
}

export interface OptionValue {
  name: string;
  value: string | number;
  type?: number;
  focused?: boolean;
}

const APP_ID = '100000000000000001';
const GUILD_ID = '200000000000000002';
const CHANNEL_ID = '300000000000000003';
const BOT_USER = { id: APP_ID, username: 'attache', discriminator: '0', global_name: null, avatar: null, bot: true };
let snowflakeCounter = 0n;
const snowflake = () => String(1_300_000_000_000_000_000n + ++snowflakeCounter);

export class FakeDiscord {
  readonly applicationId = APP_ID;
  readonly guildId = GUILD_ID;
  readonly requests: RecordedRequest[] = [];
  readonly validationErrors: { path: string; errors: string[] }[] = [];
  commands: unknown[] = [];
  identifies = 0;
  resumes = 0;
  heartbeats = 0;
  private readonly interactions = new Map<string, InteractionState>();
  private readonly faults: { match: RegExp; fault: Fault }[] = [];
  private readonly history: { s: number; payload: unknown }[] = [];
  private sequence = 0;
  private sessionId = randomBytes(8).toString('hex');
  private socket: WebSocket | null = null;
  private acking = true;
  private readonly waiters = new Set<() => void>();
  private readonly http = createServer((req, res) => void this.onRequest(req, res));
  private readonly wss = new WebSocketServer({ noServer: true });
  baseUrl = '';

  constructor(private readonly options: FakeOptions = {}) {}

  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  async start(): Promise<this> {
    this.http.on('upgrade', (req, socket, head) => this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws)));
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ——— waiting, without sleeping ———

  /** Resolve when `check` holds, re-checked after every request and gateway message; reject after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | false | null, timeoutMs = 5000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value) {
          this.waiters.delete(attempt);
          clearTimeout(timer);
          resolve(value as T);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(attempt);
        reject(new Error(`fake discord: timed out waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(attempt);
      attempt();
    });
  }

  private notify() {
    for (const waiter of [...this.waiters]) waiter();
  }

  responsesOf(interactionId: string): InteractionResponse[] {
    return this.interactions.get(interactionId)?.responses ?? [];
  }

  /** The final message an interaction produced: the reply, or the edit after a deferral. */
  waitForMessage(interactionId: string, timeoutMs = 8000): Promise<InteractionResponse> {
    return this.waitFor(
      () => this.responsesOf(interactionId).find((r) => (r.kind === 'callback' && r.type !== 5 && r.type !== 6) || r.kind === 'edit' || r.kind === 'followup'),
      timeoutMs,
      `a message for interaction ${interactionId}`,
    );
  }

  // ——— faults ———

  failNext(match: RegExp, fault: Fault): void {
    this.faults.push({ match, fault });
  }

  /** Close the gateway connection; codes Discord sends for a dead session (4007, 4009) also end the session. */
  closeGateway(code: number): void {
    if (code === 4007 || code === 4009) this.sessionId = 'expired';
    this.socket?.close(code, 'closed by the fake');
  }

  stopHeartbeatAcks(): void {
    this.acking = false;
  }

  resumeHeartbeatAcks(): void {
    this.acking = true;
  }

  // ——— interactions ———

  private dispatchInteraction(type: number, data: unknown, user: { userId?: string; locale?: string }, extra: Record<string, unknown> = {}): string {
    const id = snowflake();
    const token = `tok_${randomBytes(12).toString('hex')}`;
    this.interactions.set(id, { id, token, dispatchedAt: Date.now(), acknowledged: false, responses: [] });
    const userId = user.userId ?? '400000000000000004';
    this.dispatch('INTERACTION_CREATE', {
      id, token, type, data, application_id: APP_ID, guild_id: GUILD_ID, channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
      member: {
        user: { id: userId, username: `user${userId.slice(-3)}`, discriminator: '0', global_name: null, avatar: null },
        roles: [], permissions: '2248473465835073', joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0,
      },
      version: 1, locale: user.locale ?? 'en-US', guild_locale: 'en-US', app_permissions: '2248473465835073', entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID }, context: 0, ...extra,
    });
    return id;
  }

  dispatchCommand(name: string, options: OptionValue[] = [], user: { userId?: string; locale?: string } = {}): string {
    const command = (this.commands as { id: string; name: string }[]).find((c) => c.name === name);
    return this.dispatchInteraction(2, { id: command?.id ?? snowflake(), name, type: 1, options: options.map((o) => ({ type: 3, ...o })) }, user);
  }

  dispatchAutocomplete(name: string, options: OptionValue[], user: { userId?: string; locale?: string } = {}): string {
    const command = (this.commands as { id: string; name: string }[]).find((c) => c.name === name);
    return this.dispatchInteraction(4, { id: command?.id ?? snowflake(), name, type: 1, options: options.map((o) => ({ type: 3, ...o })) }, user);
  }

  dispatchButton(customId: string, user: { userId?: string; locale?: string } = {}, message: Partial<MessagePayload> = {}): string {
    return this.dispatchInteraction(3, { custom_id: customId, component_type: 2 }, user, { message: this.messageObject(message) });
  }

  private messageObject(payload: Partial<MessagePayload>) {
    return {
      id: snowflake(), channel_id: CHANNEL_ID, author: BOT_USER, content: payload.content ?? '', embeds: payload.embeds ?? [],
      components: payload.components ?? [], attachments: [], timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
      mention_everyone: false, mentions: [], mention_roles: [], pinned: false, type: 0, flags: payload.flags ?? 0,
      application_id: APP_ID, webhook_id: APP_ID,
    };
  }

  // ——— gateway ———

  private send(payload: unknown) {
    this.socket?.send(JSON.stringify(payload));
  }

  private dispatch(t: string, d: unknown) {
    const s = ++this.sequence;
    const payload = { op: 0, t, s, d };
    this.history.push({ s, payload });
    this.send(payload);
  }

  private onSocket(ws: WebSocket) {
    this.socket?.terminate();
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatInterval ?? 41_250 } }));
    ws.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { op: number; d: { seq?: number; session_id?: string } };
      if (message.op === 1) {
        this.heartbeats++;
        if (this.acking) ws.send(JSON.stringify({ op: 11 }));
      } else if (message.op === 2) {
        this.identifies++;
        this.sessionId = randomBytes(8).toString('hex');
        this.dispatch('READY', {
          v: 10, user: BOT_USER, guilds: [], session_id: this.sessionId, resume_gateway_url: this.baseUrl.replace('http', 'ws'),
          shard: [0, 1], application: { id: APP_ID, flags: 0 }, private_channels: [], relationships: [], user_settings: {},
        });
      } else if (message.op === 6) {
        this.resumes++;
        if (message.d.session_id !== this.sessionId) {
          ws.send(JSON.stringify({ op: 9, d: false }));
        } else {
          for (const { s, payload } of this.history) if (s > (message.d.seq ?? 0)) ws.send(JSON.stringify(payload));
          this.dispatch('RESUMED', {});
        }
      }
      this.notify();
    });
  }

  // ——— REST ———

  private async readBody(req: IncomingMessage): Promise<{ body: unknown; files: RecordedRequest['files'] }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
      const files: RecordedRequest['files'] = [];
      let body: unknown = null;
      for (const [key, value] of form.entries()) {
        if (key === 'payload_json') body = JSON.parse(String(value));
        else if (typeof value !== 'string') {
          const bytes = Buffer.from(await value.arrayBuffer());
          files.push({ name: value.name, size: bytes.length, bytes });
        }
      }
      return { body, files };
    }
    return { body: raw.length ? JSON.parse(raw.toString('utf8')) : null, files: [] };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const path = decodeURIComponent(url.pathname).replace(/^\/api(?:\/v\d+)?/, '');
    const { body, files } = await this.readBody(req);
    const record: RecordedRequest = { method: req.method ?? 'GET', path, query: url.search, body, files, status: 0 };
    this.requests.push(record);
    const reply = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, json === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      this.notify();
    };
    const faultIndex = this.faults.findIndex((f) => f.match.test(`${record.method} ${path}`));
    if (faultIndex >= 0) {
      const { fault } = this.faults.splice(faultIndex, 1)[0]!;
      if ('delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
      else if (fault.status === 500) return reply(500, { message: 'Internal Server Error', code: 0 });
      else {
        return reply(429, { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: fault.global ?? false }, {
          'retry-after': String(Math.ceil(fault.retryAfter)), 'x-ratelimit-scope': fault.global ? 'global' : 'user',
          ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
        });
      }
    }
    const invalid = (errors: string[]) => {
      this.validationErrors.push({ path, errors });
      return reply(400, { message: 'Invalid Form Body', code: 50035, errors: { _errors: errors.map((message) => ({ code: 'BASE_TYPE_INVALID', message })) } });
    };
    let m: RegExpExecArray | null;
    if (record.method === 'GET' && path === '/gateway/bot') {
      return reply(200, { url: this.baseUrl.replace('http', 'ws'), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (record.method === 'GET' && path === '/gateway') return reply(200, { url: this.baseUrl.replace('http', 'ws') });
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (record.method === 'GET') return reply(200, this.commands);
      if (record.method === 'PUT') {
        const errors = validateCommands(body as never);
        if (errors.length) return invalid(errors);
        this.commands = (body as Record<string, unknown>[]).map((c) => ({ id: snowflake(), application_id: APP_ID, version: snowflake(), type: 1, ...c }));
        return reply(200, this.commands);
      }
    }
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && record.method === 'POST') {
      const state = this.interactions.get(m[1]!);
      if (!state || state.token !== m[2]) return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (Date.now() - state.dispatchedAt > (this.options.interactionDeadlineMs ?? 3000)) return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (state.acknowledged) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const callback = body as { type: number; data?: MessagePayload & { choices?: [] } };
      const errors = callback.type === 8 ? validateChoices(callback.data?.choices) : validateMessage(callback.data);
      if (errors.length) return invalid(errors);
      state.acknowledged = true;
      state.responses.push({ kind: 'callback', type: callback.type, data: callback.data ?? {}, files });
      return url.searchParams.get('with_response') === 'true'
        ? reply(200, { interaction: { id: state.id, type: 2 }, resource: { type: callback.type, message: this.messageObject(callback.data ?? {}) } })
        : reply(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      const state = [...this.interactions.values()].find((s) => s.token === m![2]);
      if (!state) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (record.method === 'GET') return reply(200, this.messageObject(state.responses.at(-1)?.data ?? {}));
      if (record.method === 'DELETE') return reply(204);
      const errors = validateMessage(body as MessagePayload);
      if (errors.length) return invalid(errors);
      state.responses.push({ kind: record.method === 'PATCH' ? 'edit' : 'followup', data: (body as MessagePayload) ?? {}, files });
      return reply(200, this.messageObject((body as MessagePayload) ?? {}));
    }
    return reply(404, { message: '404: Not Found', code: 0 });
  }
}

export async function startFakeDiscord(options: FakeOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).start();
}
