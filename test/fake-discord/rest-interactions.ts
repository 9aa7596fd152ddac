/** Interaction routes: the initial callback, then `@original` and follow-ups through the interaction's webhook. */
import { APP_ID, messageObject, snowflake } from './fixtures.js';
import { callbackAllowed, type InteractionRecord, type InteractionResponse } from './interactions.js';
import { issue } from './issues.js';
import { discordError, invalidForm, ok, type RestContext, type RestReply, type RestRequest } from './rest-reply.js';
import { choiceIssues, isEmptyMessage, messageIssues, modalIssues, type MessagePayload } from './validate.js';

const EPHEMERAL = 64;
const unknownInteraction = () => discordError(404, 10062, 'Unknown interaction');
const unknownWebhook = () => discordError(404, 10015, 'Unknown Webhook');
const unknownMessage = () => discordError(404, 10008, 'Unknown Message');
const emptyMessage = (ctx: RestContext) => {
  ctx.recordInvalid([issue('', 'EMPTY_MESSAGE', 'Cannot send an empty message')]);
  return discordError(400, 50006, 'Cannot send an empty message');
};

type CallbackBody = { type?: number; data?: InteractionResponse['data'] };

function callbackIssues(record: InteractionRecord, callback: CallbackBody) {
  if (typeof callback?.type !== 'number' || !callbackAllowed(record.type, callback.type)) {
    return [
      issue(
        'type',
        'INTERACTION_CALLBACK_TYPE_INVALID',
        `Callback type ${callback?.type} is not valid for interaction type ${record.type}`,
      ),
    ];
  }
  if (callback.type === 8) return choiceIssues(callback.data?.choices);
  if (callback.type === 9) return modalIssues(callback.data);
  return messageIssues(callback.data);
}

export function interactionCallback(ctx: RestContext, req: RestRequest, id: string, token: string): RestReply {
  const record = ctx.interactions.get(id);
  if (!record || record.token !== token) return unknownInteraction();
  if (record.acknowledged) return discordError(400, 40060, 'Interaction has already been acknowledged.');
  if (Date.now() - record.dispatchedAt > ctx.interactionDeadlineMs) return unknownInteraction();
  const callback = (req.body ?? {}) as CallbackBody;
  const issues = callbackIssues(record, callback);
  if (issues.length) return invalidForm(ctx, issues);
  const type = callback.type!;
  if (type === 4 && isEmptyMessage(callback.data, req.files.length)) return emptyMessage(ctx);
  record.acknowledged = true;
  record.responses.push({ kind: 'callback', type, data: callback.data ?? {}, files: req.files });
  // A reply (4) or a defer (5) creates @original; an update (7) or deferred update (6) is the component's message.
  if (type === 4 || type === 5) record.original = { ...(callback.data ?? {}), id: snowflake() };
  else if (type === 6 || type === 7) {
    const clicked = record.payload.message as MessagePayload & { id: string };
    record.original = { ...clicked, ...(type === 7 ? callback.data : {}), id: clicked.id };
  }
  if (req.query.get('with_response') !== 'true') return ok();
  const message = record.original ? messageObject(record.original, record.original.id) : undefined;
  return ok({
    interaction: {
      id: record.id,
      type: record.type,
      activity_instance_id: null,
      response_message_id: message?.id ?? null,
      response_message_loading: type === 5,
      response_message_ephemeral: ((callback.data?.flags ?? 0) & EPHEMERAL) !== 0,
    },
    resource: { type, ...(message ? { message } : {}) },
  });
}

export function webhookMessage(
  ctx: RestContext,
  req: RestRequest,
  appId: string,
  token: string,
  messageId: string,
): RestReply {
  const record = ctx.interactions.byWebhookToken(token);
  if (appId !== APP_ID || !record || !record.acknowledged) return unknownWebhook();
  const isOriginal = messageId === '@original';
  const current = isOriginal ? record.original : record.followups.get(messageId);
  if (!current) return unknownMessage();
  if (req.method === 'GET') return ok(messageObject(current, isOriginal ? record.original!.id : messageId));
  if (req.method === 'DELETE') {
    if (isOriginal) record.original = null;
    else record.followups.delete(messageId);
    record.responses.push({ kind: 'delete', messageId, data: {}, files: [] });
    return ok();
  }
  if (req.method !== 'PATCH') return discordError(405, 0, '405: Method Not Allowed');
  const body = (req.body ?? {}) as MessagePayload;
  const issues = messageIssues(body);
  if (issues.length) return invalidForm(ctx, issues);
  const edited = { ...current, ...body };
  if (isOriginal) record.original = { ...edited, id: record.original!.id };
  else record.followups.set(messageId, edited);
  record.responses.push({ kind: 'edit', messageId, data: body, files: req.files });
  return ok(messageObject(edited, isOriginal ? record.original!.id : messageId));
}

export function webhookFollowup(ctx: RestContext, req: RestRequest, appId: string, token: string): RestReply {
  const record = ctx.interactions.byWebhookToken(token);
  if (appId !== APP_ID || !record || !record.acknowledged) return unknownWebhook();
  const body = (req.body ?? {}) as MessagePayload;
  const issues = messageIssues(body);
  if (issues.length) return invalidForm(ctx, issues);
  if (isEmptyMessage(body, req.files.length)) return emptyMessage(ctx);
  const id = snowflake();
  record.followups.set(id, body);
  record.responses.push({ kind: 'followup', messageId: id, data: body, files: req.files });
  return req.query.get('wait') === 'true' ? ok(messageObject(body, id)) : ok();
}
