import { TranslationError, type Translator } from '../../app/ports/translation-port.js';
import { postJson, stringArray } from './post-json.js';

export interface OpenAiTranslatorOptions {
  /** API root up to the version, e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1. */
  baseUrl: string;
  model: string;
  apiKey: string | null;
}

/** JSON mode needs the instruction to answer JSON in a message (OpenAI chat completions docs). */
export const SYSTEM_PROMPT = [
  'You translate Hindi news sentences into English for a news digest.',
  'Translate faithfully and completely: keep every name, number, amount, unit and date exactly as the Hindi states it',
  '(you may write Indian amounts such as lakh or crore in lakh/crore or in million/billion/trillion, but never change a value).',
  'Add nothing that the Hindi does not say: no explanations, no context, no guesses.',
  'The user sends a JSON object {"source":"hi","target":"en","sentences":[...]}.',
  'Answer with only a JSON object {"translations":[...]}: one English string per sentence, in the same order, same count.',
].join(' ');

/**
 * Any OpenAI-compatible chat-completions server (OpenAI, Ollama, vLLM, llama.cpp server, LM Studio):
 * POST {base}/chat/completions in JSON mode at temperature 0. The last user message is exactly the
 * JSON of the sentences; choices[0].message.content must be {"translations":[…]} of the same length.
 */
export function createOpenAiTranslator(options: OpenAiTranslatorOptions): Translator {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};
  return {
    provider: 'openai',
    model: options.model,
    async translate(sentences, signal) {
      const body = {
        model: options.model,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: JSON.stringify({ source: 'hi', target: 'en', sentences }) },
        ],
        response_format: { type: 'json_object' },
        temperature: 0,
      };
      const answer = await postJson(url, body, headers, signal);
      const choice = (answer as { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] } | null)?.choices?.[0];
      const content = choice?.message?.content;
      if (typeof content !== 'string') throw new TranslationError('invalid', 'the answer has no choices[0].message.content');
      if (choice?.finish_reason === 'length') throw new TranslationError('invalid', 'the answer was cut off (finish_reason length)');
      let parsed: unknown;
      try {
        parsed = JSON.parse(content);
      } catch (cause) {
        throw new TranslationError('invalid', 'the message content is not JSON', {}, { cause });
      }
      return stringArray((parsed as { translations?: unknown } | null)?.translations, sentences.length, 'translations');
    },
  };
}
