import { startFakeTranslateServer, type FakeDictionary, type FakeTranslateServer } from './server.js';

/**
 * A fake OpenAI-compatible chat-completions server: POST /v1/chat/completions whose last user
 * message is {"source":"hi","target":"en","sentences":[…]}; answers choices[0].message.content =
 * {"translations":[…]}.
 */
export function startFakeOpenAi(dictionary: FakeDictionary): Promise<FakeTranslateServer> {
  return startFakeTranslateServer(
    {
      path: '/v1/chat/completions',
      sentences(body) {
        const b = body as { model?: unknown; messages?: { role?: unknown; content?: unknown }[]; response_format?: { type?: unknown } };
        if (typeof b.model !== 'string' || b.response_format?.type !== 'json_object' || !Array.isArray(b.messages)) return null;
        const last = [...b.messages].reverse().find((m) => m.role === 'user');
        if (typeof last?.content !== 'string') return null;
        const request = JSON.parse(last.content) as { source?: unknown; target?: unknown; sentences?: unknown };
        if (request.source !== 'hi' || request.target !== 'en' || !Array.isArray(request.sentences)) return null;
        return request.sentences.map(String);
      },
      answer: (translations) => ({
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify({ translations }) } }],
      }),
      malformed: () => JSON.stringify({ choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: '{"translations": ["The gov' } }] }),
    },
    dictionary,
  );
}
