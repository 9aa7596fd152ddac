/** Faults a test can inject into the next matching REST request: a 5xx, a 429 with Discord's headers, a slow answer, a reset. */
import type { RestReply } from './rest-reply.js';

export type Fault =
  | { status: 500 | 502 | 503 }
  | { status: 429; retryAfter: number; global?: boolean; scope?: 'user' | 'global' | 'shared' }
  | { delayMs: number }
  | { reset: true };

/** `METHOD /path` (after /api/v10) is tested against a RegExp, e.g. /^POST \/interactions\/.+\/callback$/. */
export type RouteMatcher = RegExp | ((method: string, path: string) => boolean);

export interface PendingFault {
  match: RouteMatcher;
  fault: Fault;
  remaining: number;
}

export function takeFault(faults: PendingFault[], method: string, path: string): Fault | null {
  const index = faults.findIndex(({ match }) =>
    match instanceof RegExp ? match.test(`${method} ${path}`) : match(method, path),
  );
  if (index < 0) return null;
  const pending = faults[index]!;
  if (--pending.remaining <= 0) faults.splice(index, 1);
  return pending.fault;
}

/** A 429 as Discord sends it: JSON body plus the Retry-After and X-RateLimit-* headers @discordjs/rest reads. */
export function rateLimitReply(fault: Extract<Fault, { status: 429 }>): RestReply {
  const global = fault.global ?? false;
  const scope = fault.scope ?? (global ? 'global' : 'user');
  return {
    status: 429,
    json: { message: 'You are being rate limited.', retry_after: fault.retryAfter, global },
    headers: {
      // The header is whole seconds, like Discord's; the body keeps the exact value.
      'retry-after': String(Math.ceil(fault.retryAfter)),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String((Date.now() / 1000 + fault.retryAfter).toFixed(3)),
      'x-ratelimit-reset-after': String(fault.retryAfter),
      'x-ratelimit-bucket': 'fakebucket',
      'x-ratelimit-scope': scope,
      ...(global ? { 'x-ratelimit-global': 'true' } : {}),
    },
  };
}

export const serverErrorReply = (status: number): RestReply => ({
  status,
  json: { message: `${status}: Server Error`, code: 0 },
});
