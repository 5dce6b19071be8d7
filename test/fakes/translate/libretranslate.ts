import { startFakeTranslateServer, type FakeDictionary, type FakeTranslateServer } from './server.js';

/** A fake LibreTranslate: POST /translate {q:[…], source:"hi", target:"en", format:"text"} → {translatedText:[…]}. */
export function startFakeLibreTranslate(dictionary: FakeDictionary): Promise<FakeTranslateServer> {
  return startFakeTranslateServer(
    {
      path: '/translate',
      sentences(body) {
        const b = body as { q?: unknown; source?: unknown; target?: unknown; format?: unknown };
        if (b.source !== 'hi' || b.target !== 'en' || b.format !== 'text' || !Array.isArray(b.q)) return null;
        return b.q.map(String);
      },
      answer: (translatedText) => ({ translatedText }),
      malformed: () => '{"translatedText": ["The gov',
    },
    dictionary,
  );
}
