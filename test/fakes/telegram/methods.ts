import type { ServerResponse } from 'node:http';
import type { BotCommand } from 'grammy/types';
import { asRecord } from './body.js';
import { chatMember } from './members.js';
import { badRequest, chatIdParam, intParam, ok, stringParam, type MethodResult } from './result.js';
import { sendMessage } from './send-message.js';
import type { FakeState } from './state.js';
import type { Params } from './types.js';
import { pollRequest, type UpdateQueue } from './updates.js';

export interface MethodContext {
  state: FakeState;
  queue: UpdateQueue;
  params: Params;
  token: string;
  res: ServerResponse;
}

type Handler = (ctx: MethodContext) => MethodResult | Promise<MethodResult>;

const COMMAND_RE = /^[a-z0-9_]{1,32}$/;

/** Key under which setMyCommands stores a list: scope (default {type:'default'}) + language code. */
export function commandsKey(scope: unknown, languageCode: unknown): string {
  const s = asRecord(scope) ?? { type: 'default' };
  const ordered = Object.keys(s).sort().map((k) => [k, String(s[k])]);
  return `${JSON.stringify(ordered)}|${typeof languageCode === 'string' ? languageCode : ''}`;
}

function validCommands(raw: unknown): BotCommand[] | MethodResult {
  if (!Array.isArray(raw)) return badRequest('parameter "commands" is required');
  if (raw.length > 100) return badRequest('too many commands');
  const commands: BotCommand[] = [];
  for (const item of raw) {
    const c = asRecord(item);
    const command = typeof c?.['command'] === 'string' ? c['command'] : '';
    const description = typeof c?.['description'] === 'string' ? c['description'] : '';
    if (!COMMAND_RE.test(command)) return badRequest('BOT_COMMAND_INVALID');
    if (description.trim() === '' || description.length > 256) return badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    commands.push({ command, description });
  }
  return commands;
}

function chatOf({ state, params }: MethodContext): MethodResult {
  const chatId = chatIdParam(params);
  const chat = chatId === undefined ? undefined : state.chat(chatId);
  return chat ? ok(chat) : badRequest('chat not found');
}

const HANDLERS: Readonly<Record<string, Handler>> = {
  getme: ({ state }) => ok(state.bot),
  logout: () => ok(true),
  close: () => ok(true),
  deletewebhook: ({ queue, params }) => {
    if (params['drop_pending_updates'] === true || params['drop_pending_updates'] === 'true') queue.clear();
    return ok(true);
  },
  setwebhook: () => badRequest('webhooks are not supported by the fake'),
  getwebhookinfo: ({ queue }) =>
    ok({ url: '', has_custom_certificate: false, pending_update_count: queue.pending() }),
  getupdates: async ({ queue, params, res }) => ok(await queue.poll(pollRequest(params), res)),
  sendmessage: ({ state, params, token }) => sendMessage(state, params, token),
  setmycommands: ({ state, params }) => {
    const commands = validCommands(params['commands']);
    if (!Array.isArray(commands)) return commands;
    state.commands.set(commandsKey(params['scope'], params['language_code']), commands);
    return ok(true);
  },
  getmycommands: ({ state, params }) =>
    ok(state.commands.get(commandsKey(params['scope'], params['language_code'])) ?? []),
  deletemycommands: ({ state, params }) => {
    state.commands.delete(commandsKey(params['scope'], params['language_code']));
    return ok(true);
  },
  getchat: (ctx) => chatOf(ctx),
  getchatmember: (ctx) => {
    const chat = chatOf(ctx);
    const userId = intParam(ctx.params, 'user_id');
    if (!chat.ok) return chat;
    if (userId === undefined) return badRequest('user not found');
    const chatId = chatIdParam(ctx.params) ?? '';
    return ok(chatMember(ctx.state.user(userId), ctx.state.memberStatus(chatId, userId)));
  },
  answercallbackquery: ({ params }) =>
    stringParam(params, 'callback_query_id') ? ok(true) : badRequest('query is too old and response timeout expired or query ID is invalid'),
  sendchataction: (ctx) => (chatOf(ctx).ok ? ok(true) : badRequest('chat not found')),
  leavechat: (ctx) => (chatOf(ctx).ok ? ok(true) : badRequest('chat not found')),
};

/** Looks a method up case-insensitively, as Telegram does; undefined for unknown methods (404). */
export function findHandler(method: string): Handler | undefined {
  return HANDLERS[method.toLowerCase()];
}
