import type { APIApplicationCommand } from 'discord.js';
import { apiError, ok, UNKNOWN_GUILD, type Answer } from './http.js';
import { discordLength } from './limits.js';
import type { RouteContext } from './routes.js';

/** Discord's rule for CHAT_INPUT names (and their localisations): lowercase, 1-32, no spaces. */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Errors = Record<string, unknown>;
const error = (code: string, message: string): Errors => ({ _errors: [{ code, message }] });

function nameError(name: unknown): Errors | undefined {
  if (typeof name !== 'string' || !NAME.test(name) || name !== name.toLowerCase()) {
    return error('APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
  }
  return undefined;
}

function descriptionError(description: unknown): Errors | undefined {
  const length = typeof description === 'string' ? discordLength(description) : 0;
  return length < 1 || length > 100 ? error('BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.') : undefined;
}

function localisationErrors(map: unknown, check: (v: unknown) => Errors | undefined): Errors | undefined {
  if (map === null || map === undefined || typeof map !== 'object') return undefined;
  const errors: Errors = {};
  for (const [locale, value] of Object.entries(map)) {
    const problem = check(value);
    if (problem) errors[locale] = problem;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** Errors of one command in Discord's nested shape, or undefined when it is valid. */
function commandErrors(raw: Record<string, unknown>): Errors | undefined {
  const chatInput = (raw['type'] ?? 1) === 1;
  const errors: Errors = {};
  const checks: [string, Errors | undefined][] = [
    ['name', chatInput ? nameError(raw['name']) : undefined],
    ['description', chatInput ? descriptionError(raw['description']) : undefined],
    ['name_localizations', localisationErrors(raw['name_localizations'], nameError)],
    ['description_localizations', localisationErrors(raw['description_localizations'], descriptionError)],
    ['options', Array.isArray(raw['options']) && raw['options'].length > 25
      ? error('BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.') : undefined],
  ];
  for (const [key, problem] of checks) if (problem) errors[key] = problem;
  return Object.keys(errors).length > 0 ? errors : undefined;
}

const keyOf = (guildId: string | undefined): string => guildId ?? 'global';

/** PUT /applications/:app/commands and /applications/:app/guilds/:guild/commands (bulk overwrite). */
export function overwriteCommands({ state, params, body }: RouteContext): Answer {
  const guildId = params['guild'];
  if (guildId !== undefined && !state.guilds.has(guildId)) return UNKNOWN_GUILD;
  const list = Array.isArray(body['value']) ? (body['value'] as Record<string, unknown>[]) : [];
  const errors: Errors = {};
  list.forEach((raw, i) => {
    const problem = commandErrors(raw);
    if (problem) errors[String(i)] = problem;
  });
  if (list.length > 100) errors['_errors'] = [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' }];
  if (Object.keys(errors).length > 0) return apiError(400, 50035, 'Invalid Form Body', errors);
  const previous = state.commands.get(keyOf(guildId)) ?? [];
  const stored = list.map((raw): APIApplicationCommand => {
    const name = String(raw['name']);
    const command = {
      default_member_permissions: null, type: 1, nsfw: false, options: [],
      name_localizations: null, description_localizations: null, description: '', ...raw,
      id: previous.find((c) => c.name === name)?.id ?? state.nextId(),
      application_id: state.applicationId, version: state.nextId(), name,
    } as APIApplicationCommand;
    if (guildId !== undefined) command.guild_id = guildId;
    return command;
  });
  state.commands.set(keyOf(guildId), stored);
  return ok(stored);
}

/** GET of the same routes. */
export function listCommands({ state, params }: RouteContext): Answer {
  return ok(state.commands.get(keyOf(params['guild'])) ?? []);
}
