import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../../../src/app/config/create-config.js';

const defaultsYaml = readFileSync('config/default.yaml', 'utf8');
const config = (env: Record<string, string>) => createConfig({ defaultsYaml, env, configDir: 'config' });
const issues = (env: Record<string, string>): string[] => {
  try {
    config(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
};

describe('TRANSLATE_* settings', () => {
  it('default: no provider', () => {
    expect(config({}).translation).toMatchObject({ provider: 'none', baseUrl: null, model: null, apiKey: null, timeoutMs: 30_000 });
  });

  it('maps every variable', () => {
    expect(
      config({ TRANSLATE_PROVIDER: 'openai', TRANSLATE_BASE_URL: 'http://127.0.0.1:11434/v1', TRANSLATE_MODEL: 'qwen2.5:7b', TRANSLATE_API_KEY: 'sk-abcdefgh12345678', TRANSLATE_TIMEOUT_MS: '45000' }).translation,
    ).toMatchObject({ provider: 'openai', baseUrl: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b', apiKey: 'sk-abcdefgh12345678', timeoutMs: 45_000 });
  });

  it.each([
    [{ TRANSLATE_PROVIDER: 'google' }, /^TRANSLATE_PROVIDER: /],
    [{ TRANSLATE_PROVIDER: 'libretranslate' }, /TRANSLATE_BASE_URL is required when TRANSLATE_PROVIDER=libretranslate/],
    [{ TRANSLATE_PROVIDER: 'openai', TRANSLATE_BASE_URL: 'http://127.0.0.1:11434/v1' }, /TRANSLATE_MODEL is required/],
    [{ TRANSLATE_PROVIDER: 'libretranslate', TRANSLATE_BASE_URL: 'not a url' }, /^TRANSLATE_BASE_URL: /],
    [{ TRANSLATE_TIMEOUT_MS: 'ten' }, /^TRANSLATE_TIMEOUT_MS: /],
    [{ TRANSLATE_TIMEOUT_MS: '5' }, /^TRANSLATE_TIMEOUT_MS: /],
    [{ TRANSLATE_PROVIDER: 'libretranslate', TRANSLATE_BASE_URL: 'https://user:secret@lt.example/' }, /must not contain a user or password/],
  ])('%o is refused naming the variable', (env, message) => {
    expect(issues(env).some((i) => message.test(i))).toBe(true);
  });
});
