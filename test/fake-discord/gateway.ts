/**
 * The WebSocket gateway, plain JSON (no zlib): HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats → ACK, RESUME →
 * the missed dispatches + RESUMED. One session per shard: with one shard (the default) a new connection replaces the
 * old one at once; with several, a connection belongs to the shard its IDENTIFY names (or its RESUME's session), and
 * the guild is sent to the shard Discord's formula gives it ((guild_id >> 22) % shards). Misuse is answered with the
 * close code Discord would use, so a bug in the bot shows up as the same reconnect it would cause in production.
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
  /** Only this shard's IDENTIFY is refused with `refuseIdentify` (a failing shard among good ones). */
  refuseShard?: number;
  /** How many shards the gateway serves (GET /gateway/bot says so); 1 by default. */
  shards: number;
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
  /** The shard this connection serves: known at once with one shard, else from its IDENTIFY or RESUME. */
  session: ShardSession | null;
}

/** What Discord keeps of one shard's session. */
interface ShardSession {
  id: number;
  current: Connection | null;
  sessionId: string | null;
  sequence: number;
  /** Dispatches of the current session, kept for replay on RESUME. */
  history: GatewayMessage[];
}

/** The shard a guild's events go to, by Discord's formula. */
export function shardOfGuild(guildId: string, shards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shards));
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
  /** The `shard` of every IDENTIFY that got READY, in order. */
  readonly readyShards: number[][] = [];
  private readonly sessions: ShardSession[];
  private acking = true;

  constructor(private readonly options: GatewayOptions) {
    this.sessions = Array.from({ length: options.shards }, (_, id) => ({
      id,
      current: null,
      sessionId: null,
      sequence: 0,
      history: [],
    }));
  }

  /** Shard 0's session: the one the fault helpers act on. */
  private get main(): ShardSession {
    return this.sessions[0]!;
  }

  /** Shard 0 is connected (with one shard: the bot is). */
  get connected(): boolean {
    return this.main.current !== null;
  }

  /** How many shards hold a live connection. */
  get connectedShards(): number {
    return this.sessions.filter((s) => s.current !== null).length;
  }

  /** The shard that receives the guild's events (and the guild's interactions). */
  get guildShard(): number {
    return shardOfGuild(GUILD_ID, this.options.shards);
  }

  accept(ws: WebSocket, req: IncomingMessage): void {
    this.connections++;
    const query = new URL(req.url ?? '/', 'ws://fake.invalid').searchParams;
    this.connectQueries.push(`?${query.toString()}`);
    const connection: Connection = { ws, authenticated: false, session: null };
    // With one shard a new connection replaces the old one at once, as a single shard has only one.
    if (this.options.shards === 1) this.bind(connection, this.main);
    ws.on('close', () => {
      if (connection.session?.current === connection) connection.session.current = null;
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

  /** The connection becomes its shard's only one: an older connection of that shard is dropped. */
  private bind(connection: Connection, session: ShardSession) {
    if (session.current && session.current !== connection) session.current.ws.terminate();
    connection.session = session;
    session.current = connection;
  }

  /** Send a dispatch in a shard's session (shard 0 by default); kept for replay even while the client is disconnected. */
  dispatch(t: string, d: unknown, shard = 0): number {
    const session = this.sessions[shard] ?? this.main;
    const s = ++session.sequence;
    const payload = { op: Op.Dispatch, t, s, d };
    session.history.push(payload);
    if (session.current?.authenticated) this.sendTo(session.current, payload);
    return s;
  }

  /** Close shard 0's connection with `code`. 1006 is an abnormal drop (no close frame); 4007/4009 also end the session. */
  close(code: number, reason = 'closed by the fake'): void {
    const session = this.main;
    if (code === 4007 || code === 4009) session.sessionId = null;
    if (!session.current) return;
    if (code === 1006) {
      this.closeCodes.push(code);
      session.current.ws.terminate();
    } else this.closeWith(session.current, code, reason);
  }

  stopHeartbeatAcks(): void {
    this.acking = false;
  }

  resumeHeartbeatAcks(): void {
    this.acking = true;
  }

  /** Op 9. `resumable: true` asks the client to RESUME, `false` ends the session so it must IDENTIFY again. */
  sendInvalidSession(resumable: boolean): void {
    if (!resumable) this.main.sessionId = null;
    if (this.main.current) this.sendTo(this.main.current, { op: Op.InvalidSession, d: resumable });
  }

  /** Op 7: Discord asks the client to reconnect and resume. */
  requestReconnect(): void {
    if (this.main.current) this.sendTo(this.main.current, { op: Op.Reconnect, d: null });
  }

  /** Op 1 from the server: the client must heartbeat at once. */
  requestHeartbeat(): void {
    if (this.main.current) this.sendTo(this.main.current, { op: Op.Heartbeat, d: null });
  }

  shutdown(): void {
    for (const session of this.sessions) {
      session.current?.ws.terminate();
      session.current = null;
    }
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
    const [shard, count] = Array.isArray(d?.shard) ? d.shard : [0, 1];
    const refused = this.options.refuseShard === undefined || this.options.refuseShard === shard;
    if (this.options.refuseIdentify && refused)
      return this.closeWith(
        connection,
        this.options.refuseIdentify,
        REFUSALS[this.options.refuseIdentify] ?? 'Refused.',
      );
    if (!d || typeof d.token !== 'string' || !this.options.acceptsToken(d.token))
      return this.closeWith(connection, 4004, 'Authentication failed.');
    // Discord refuses a shard number outside the count, or a count other than the one it serves.
    const session = this.sessions[shard ?? -1];
    if (!session || count !== this.options.shards) return this.closeWith(connection, 4010, 'Invalid shard.');
    if (typeof d.intents !== 'number' || d.intents < 0) return this.closeWith(connection, 4013, 'Invalid intent(s).');
    if (d.intents & PRIVILEGED_INTENTS & ~this.options.grantedIntents)
      return this.closeWith(connection, 4014, 'Disallowed intent(s).');
    this.bind(connection, session);
    connection.authenticated = true;
    session.sessionId = randomBytes(16).toString('hex');
    session.sequence = 0;
    session.history = [];
    const holdsGuild = session.id === this.guildShard;
    this.dispatch(
      'READY',
      {
        v: 10,
        user: BOT_USER,
        guilds: holdsGuild ? [{ id: GUILD_ID, unavailable: true }] : [],
        session_id: session.sessionId,
        resume_gateway_url: this.options.url(),
        shard: [session.id, this.options.shards],
        application: { id: APP_ID, flags: 0 },
        private_channels: [],
        relationships: [],
        user_settings: {},
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
      },
      session.id,
    );
    if (holdsGuild) this.dispatch('GUILD_CREATE', guildCreatePayload(), session.id);
    this.readyShards.push([session.id, this.options.shards]);
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
    const session =
      connection.session ?? this.sessions.find((s) => s.sessionId !== null && s.sessionId === d.session_id);
    if (!session?.sessionId || d.session_id !== session.sessionId)
      return this.sendTo(connection, { op: Op.InvalidSession, d: false });
    if (typeof d.seq !== 'number' || d.seq > session.sequence) {
      session.sessionId = null;
      return this.closeWith(connection, 4007, 'Invalid seq.');
    }
    this.bind(connection, session);
    connection.authenticated = true;
    for (const payload of session.history) if ((payload.s ?? 0) > d.seq) this.sendTo(connection, payload);
    this.dispatch('RESUMED', null, session.id);
    this.resumed++;
  }
}
