/**
 * The WebSocket gateway, plain JSON (no zlib): HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats → ACK, RESUME →
 * the missed dispatches + RESUMED. One session at a time, as a single-shard bot has. Misuse is answered with the close
 * code Discord would use, so a bug in the bot shows up as the same reconnect it would cause in production.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { APP_ID, BOT_USER, GUILD_ID, guildCreatePayload } from './fixtures.js';

const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;
/** Discord's reasons for the closes that end a session for good. */
const REFUSALS: Record<number, string> = {
  4004: 'Authentication failed.',
  4010: 'Invalid shard.',
  4011: 'Sharding required.',
  4013: 'Invalid intent(s).',
  4014: 'Disallowed intent(s).',
};
/** Intents Discord only grants when switched on in the developer portal. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

export interface GatewayOptions {
  heartbeatInterval: number;
  /** The ws:// URL of this gateway, for READY's resume_gateway_url. */
  url: () => string;
  /** Accepts the token of an IDENTIFY; a refused token is closed with 4004. */
  acceptsToken: (token: string) => boolean;
  /** Privileged intents the fake application has been granted; asking for others is closed with 4014. */
  grantedIntents: number;
  /** Every IDENTIFY is closed with this code (4004, 4011, 4013, 4014…). */
  refuseIdentify?: number;
  /** Called after anything happened, so waiters re-check. */
  onChange: () => void;
}

export interface GatewayMessage {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

interface Connection {
  ws: WebSocket;
  authenticated: boolean;
}

export class FakeGateway {
  identifies = 0;
  resumes = 0;
  heartbeats = 0;
  connections = 0;
  /** Sessions started (READY sent) and resumed (RESUMED sent). */
  readies = 0;
  resumed = 0;
  /** Every payload the client sent, in order. */
  readonly received: GatewayMessage[] = [];
  /** The query string of each connection, e.g. `?v=10&encoding=json`. */
  readonly connectQueries: string[] = [];
  /** Close codes the fake sent (including ones it chose because the client misbehaved). */
  readonly closeCodes: number[] = [];
  lastIdentify: { token?: string; intents?: number; properties?: unknown; shard?: number[] } | null = null;
  private current: Connection | null = null;
  private sessionId: string | null = null;
  private sequence = 0;
  /** Dispatches of the current session, kept for replay on RESUME. */
  private history: GatewayMessage[] = [];
  private acking = true;

  constructor(private readonly options: GatewayOptions) {}

  get connected(): boolean {
    return this.current !== null;
  }

  accept(ws: WebSocket, req: IncomingMessage): void {
    this.connections++;
    const query = new URL(req.url ?? '/', 'ws://fake.invalid').searchParams;
    this.connectQueries.push(`?${query.toString()}`);
    // A new connection replaces the old one, as a single shard has only one.
    if (this.current) this.current.ws.terminate();
    const connection: Connection = { ws, authenticated: false };
    this.current = connection;
    ws.on('close', () => {
      if (this.current === connection) this.current = null;
      this.options.onChange();
    });
    ws.on('message', (raw, isBinary) => this.onMessage(connection, raw.toString(), isBinary));
    if (query.get('v') !== '10') {
      this.closeWith(connection, 4012, 'Invalid API version');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json' || query.has('compress')) {
      this.closeWith(connection, 4002, 'the fake speaks uncompressed JSON only');
      return;
    }
    this.sendTo(connection, { op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatInterval } });
    this.options.onChange();
  }

  /** Send a dispatch in the current session; kept for replay even while the client is disconnected. */
  dispatch(t: string, d: unknown): number {
    const s = ++this.sequence;
    const payload = { op: Op.Dispatch, t, s, d };
    this.history.push(payload);
    if (this.current?.authenticated) this.sendTo(this.current, payload);
    return s;
  }

  /** Close the connection with `code`. 1006 is an abnormal drop (no close frame); 4007/4009 also end the session. */
  close(code: number, reason = 'closed by the fake'): void {
    if (code === 4007 || code === 4009) this.sessionId = null;
    if (!this.current) return;
    if (code === 1006) {
      this.closeCodes.push(code);
      this.current.ws.terminate();
    } else this.closeWith(this.current, code, reason);
  }

  stopHeartbeatAcks(): void {
    this.acking = false;
  }

  resumeHeartbeatAcks(): void {
    this.acking = true;
  }

  /** Op 9. `resumable: true` asks the client to RESUME, `false` ends the session so it must IDENTIFY again. */
  sendInvalidSession(resumable: boolean): void {
    if (!resumable) this.sessionId = null;
    if (this.current) this.sendTo(this.current, { op: Op.InvalidSession, d: resumable });
  }

  /** Op 7: Discord asks the client to reconnect and resume. */
  requestReconnect(): void {
    if (this.current) this.sendTo(this.current, { op: Op.Reconnect, d: null });
  }

  /** Op 1 from the server: the client must heartbeat at once. */
  requestHeartbeat(): void {
    if (this.current) this.sendTo(this.current, { op: Op.Heartbeat, d: null });
  }

  shutdown(): void {
    this.current?.ws.terminate();
    this.current = null;
  }

  private sendTo(connection: Connection, payload: GatewayMessage) {
    if (connection.ws.readyState === connection.ws.OPEN) connection.ws.send(JSON.stringify(payload));
  }

  private closeWith(connection: Connection, code: number, reason: string) {
    this.closeCodes.push(code);
    connection.ws.close(code, reason);
    this.options.onChange();
  }

  private onMessage(connection: Connection, raw: string, isBinary: boolean) {
    let message: GatewayMessage;
    try {
      message = JSON.parse(raw) as GatewayMessage;
      if (isBinary || typeof message !== 'object' || message === null || typeof message.op !== 'number')
        throw new Error('not a payload');
    } catch {
      return this.closeWith(connection, 4002, 'Error while decoding payload.');
    }
    this.received.push(message);
    if (message.op === Op.Heartbeat) this.onHeartbeat(connection);
    else if (message.op === Op.Identify)
      this.onIdentify(connection, message.d as NonNullable<FakeGateway['lastIdentify']>);
    else if (message.op === Op.Resume)
      this.onResume(connection, message.d as { token?: string; session_id?: string; seq?: number });
    else if (!connection.authenticated) this.closeWith(connection, 4003, 'Not authenticated.');
    else if (![3, 4, 8, 31].includes(message.op)) this.closeWith(connection, 4001, 'Unknown opcode.');
    this.options.onChange();
  }

  private onHeartbeat(connection: Connection) {
    this.heartbeats++;
    if (this.acking) this.sendTo(connection, { op: Op.HeartbeatAck });
  }

  private onIdentify(connection: Connection, d: NonNullable<FakeGateway['lastIdentify']>) {
    this.identifies++;
    this.lastIdentify = d;
    if (connection.authenticated) return this.closeWith(connection, 4005, 'Already authenticated.');
    if (this.options.refuseIdentify)
      return this.closeWith(
        connection,
        this.options.refuseIdentify,
        REFUSALS[this.options.refuseIdentify] ?? 'Refused.',
      );
    if (!d || typeof d.token !== 'string' || !this.options.acceptsToken(d.token))
      return this.closeWith(connection, 4004, 'Authentication failed.');
    if (typeof d.intents !== 'number' || d.intents < 0) return this.closeWith(connection, 4013, 'Invalid intent(s).');
    if (d.intents & PRIVILEGED_INTENTS & ~this.options.grantedIntents)
      return this.closeWith(connection, 4014, 'Disallowed intent(s).');
    connection.authenticated = true;
    this.sessionId = randomBytes(16).toString('hex');
    this.sequence = 0;
    this.history = [];
    this.dispatch('READY', {
      v: 10,
      user: BOT_USER,
      guilds: [{ id: GUILD_ID, unavailable: true }],
      session_id: this.sessionId,
      resume_gateway_url: this.options.url(),
      shard: d.shard ?? [0, 1],
      application: { id: APP_ID, flags: 0 },
      private_channels: [],
      relationships: [],
      user_settings: {},
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    this.dispatch('GUILD_CREATE', guildCreatePayload());
    this.readies++;
  }

  private onResume(connection: Connection, d: { token?: string; session_id?: string; seq?: number }) {
    this.resumes++;
    if (connection.authenticated) return this.closeWith(connection, 4005, 'Already authenticated.');
    if (this.options.refuseIdentify)
      return this.closeWith(
        connection,
        this.options.refuseIdentify,
        REFUSALS[this.options.refuseIdentify] ?? 'Refused.',
      );
    if (!d || typeof d.token !== 'string' || !this.options.acceptsToken(d.token))
      return this.closeWith(connection, 4004, 'Authentication failed.');
    if (!this.sessionId || d.session_id !== this.sessionId)
      return this.sendTo(connection, { op: Op.InvalidSession, d: false });
    if (typeof d.seq !== 'number' || d.seq > this.sequence) {
      this.sessionId = null;
      return this.closeWith(connection, 4007, 'Invalid seq.');
    }
    connection.authenticated = true;
    for (const payload of this.history) if ((payload.s ?? 0) > d.seq) this.sendTo(connection, payload);
    this.dispatch('RESUMED', null);
    this.resumed++;
  }
}
