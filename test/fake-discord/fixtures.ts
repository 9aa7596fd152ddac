/** The fake's fixed world — one application, one guild, one text channel — and the objects Discord builds from it. */
import type { MessagePayload } from './validate.js';

export const APP_ID = '100000000000000001';
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
export const DEFAULT_USER_ID = '400000000000000004';

/** Every permission a moderator would have, as Discord sends them: a decimal string. */
export const ALL_PERMISSIONS = '2248473465835073';

export const BOT_USER = {
  id: APP_ID,
  username: 'attache',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

let counter = 0n;
/** Snowflakes that grow like Discord's, unique within this process. */
export const snowflake = (): string => String(1_300_000_000_000_000_000n + ++counter);

export const textChannel = () => ({
  id: CHANNEL_ID,
  type: 0,
  guild_id: GUILD_ID,
  name: 'general',
  position: 0,
  permission_overwrites: [],
  nsfw: false,
  topic: null,
  last_message_id: null,
  rate_limit_per_user: 0,
  parent_id: null,
  flags: 0,
});

export const userObject = (id: string) => ({
  id,
  username: `user${id.slice(-3)}`,
  discriminator: '0',
  global_name: null,
  avatar: null,
});

/** What GUILD_CREATE carries with only the Guilds intent: enough for discord.js to build a full Guild. */
export function guildCreatePayload() {
  return {
    id: GUILD_ID,
    name: 'Fake Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: DEFAULT_USER_ID,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: '0',
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    max_members: 500000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    lazy: true,
    voice_states: [],
    members: [{ user: BOT_USER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
    channels: [textChannel()],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message as Discord returns it, written by the application's webhook (interaction replies are). */
export function messageObject(payload: Partial<MessagePayload>, id = snowflake()) {
  return {
    id,
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: payload.content ?? '',
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    attachments: [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
    type: 0,
    flags: payload.flags ?? 0,
    application_id: APP_ID,
    webhook_id: APP_ID,
  };
}
