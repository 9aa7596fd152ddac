/**
 * Interactions the fake has dispatched, and everything the bot did for each: the initial callback, edits of
 * `@original`, follow-ups, deletions. Also builds the INTERACTION_CREATE payloads, shaped like Discord's.
 */
import { randomBytes } from 'node:crypto';
import {
  ALL_PERMISSIONS,
  APP_ID,
  CHANNEL_ID,
  DEFAULT_USER_ID,
  GUILD_ID,
  messageObject,
  snowflake,
  textChannel,
  userObject,
} from './fixtures.js';
import type { MessagePayload } from './validate.js';

export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4, ModalSubmit: 5 } as const;

export interface RecordedFile {
  field: string;
  name: string;
  size: number;
  bytes: Buffer;
}

export interface InteractionResponse {
  kind: 'callback' | 'edit' | 'followup' | 'delete';
  /** Callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal), for callbacks. */
  type?: number;
  /** For edits and deletions: `@original` or a follow-up's message id. */
  messageId?: string;
  data: MessagePayload & { choices?: { name: string; value: string | number }[]; custom_id?: string; title?: string };
  files: RecordedFile[];
}

export interface InteractionRecord {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete. */
  type: number;
  dispatchedAt: number;
  /** The INTERACTION_CREATE payload as sent to the bot. */
  payload: Record<string, unknown>;
  acknowledged: boolean;
  responses: InteractionResponse[];
  /** The message `@original` now shows; null before a reply and after a deletion. */
  original: (MessagePayload & { id: string }) | null;
  /** Follow-up messages by id, as last edited. */
  followups: Map<string, MessagePayload>;
}

export interface Invoker {
  userId?: string;
  /** The user's client language: 'en-US', 'vi', … */
  locale?: string;
  guildLocale?: string;
  /** Invoked in a DM with the bot: `user` instead of `member`, no guild. */
  dm?: boolean;
}

/** The callback types Discord accepts for each interaction type. */
const ALLOWED_CALLBACKS: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5, 6, 7] };

export const callbackAllowed = (interactionType: number, callbackType: number): boolean =>
  (ALLOWED_CALLBACKS[interactionType] ?? []).includes(callbackType);

export class InteractionStore {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  byWebhookToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.byId.values()];
  }

  /** A new interaction with Discord's common fields; `extra` adds the type-specific ones (`data`, `message`). */
  create(type: number, invoker: Invoker, extra: Record<string, unknown>): InteractionRecord {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`;
    const userId = invoker.userId ?? DEFAULT_USER_ID;
    const where = invoker.dm
      ? {
          user: userObject(userId),
          channel_id: CHANNEL_ID,
          channel: { id: CHANNEL_ID, type: 1, recipients: [userObject(userId)], flags: 0 },
          context: 1,
        }
      : {
          guild_id: GUILD_ID,
          channel_id: CHANNEL_ID,
          channel: textChannel(),
          guild_locale: invoker.guildLocale ?? 'en-US',
          context: 0,
          guild: { id: GUILD_ID, locale: invoker.guildLocale ?? 'en-US', features: [] },
          member: {
            user: userObject(userId),
            roles: [],
            permissions: ALL_PERMISSIONS,
            joined_at: new Date(0).toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
            nick: null,
            avatar: null,
            premium_since: null,
            pending: false,
            communication_disabled_until: null,
          },
        };
    const payload = {
      id,
      token,
      type,
      application_id: APP_ID,
      version: 1,
      locale: invoker.locale ?? 'en-US',
      app_permissions: ALL_PERMISSIONS,
      entitlements: [],
      authorizing_integration_owners: invoker.dm ? { '1': userId } : { '0': GUILD_ID },
      attachment_size_limit: 10_485_760,
      ...where,
      ...extra,
    };
    const record: InteractionRecord = {
      id,
      token,
      type,
      dispatchedAt: Date.now(),
      payload,
      acknowledged: false,
      responses: [],
      original: null,
      followups: new Map(),
    };
    this.byId.set(id, record);
    this.byToken.set(token, record);
    return record;
  }

  /**
   * The message a component sits on: what the test passed, else the latest message the bot sent that carries a
   * component with this custom id (the click a user could really make), else an empty message.
   */
  messageFor(customId: string, given?: Partial<MessagePayload>): ReturnType<typeof messageObject> {
    if (given) return messageObject(given);
    const hasId = (m: MessagePayload) =>
      (m.components ?? []).some((row) => (row.components ?? []).some((c) => c.custom_id === customId));
    for (const record of this.all().reverse()) {
      if (record.original && hasId(record.original)) return messageObject(record.original, record.original.id);
      for (const [id, m] of [...record.followups].reverse()) if (hasId(m)) return messageObject(m, id);
    }
    return messageObject({});
  }
}

/** Whether the bot has shown something for this interaction: a reply/update/choices, or an edit/follow-up after a defer. */
export function hasVisibleResponse(responses: InteractionResponse[]): boolean {
  return responses.some(
    (r) => (r.kind === 'callback' && r.type !== 5 && r.type !== 6) || r.kind === 'edit' || r.kind === 'followup',
  );
}
