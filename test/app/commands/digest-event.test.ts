import { describe, expect, it } from 'vitest';
import { digestCommand } from '../../../src/app/commands/digest.js';
import { EVENT_REPLY_LIMIT, eventCommand } from '../../../src/app/commands/event.js';
import { parseEventQuery } from '../../../src/core/events/parse-event-query.js';
import { makeArticle } from '../../helpers/make-article.js';
import { english, makeContext } from './command-context-fixture.js';
import { fakeContent, testServices } from './services-fixture.js';

const articles = [
  makeArticle({ id: 'cricket', published: '2024-06-19', sentences: ['भारत ने 19 जून को मैच जीता।'], dates: [[0, '19 जून', '2024-06-19', 'day']], people: ['Rohit Sharma'] }),
  makeArticle({ id: 'sensex', published: '2024-06-18', sentences: ['सेंसेक्स जून में चढ़ा।'], dates: [[0, 'जून', '2024-06', 'month']], organisations: ['BSE'] }),
  makeArticle({ id: 'isro', published: '2023-08-23', sentences: ['चंद्रयान 23 अगस्त को उतरा।'], dates: [[0, '23 अगस्त', '2023-08-23', 'day']], organisations: ['ISRO'] }),
];

describe('/digest', () => {
  it('builds the current digest, newest first, capped by config, in the subscription language', async () => {
    const s = testServices({ content: fakeContent(articles) });
    s.config.digest.maxStories = 2;
    const reply = await digestCommand.run(makeContext(s));
    if (reply.kind !== 'digest') throw new Error('expected a digest');
    expect(reply.language).toBe('both');
    expect(reply.digest.edition).toBe('2024-06-20');
    expect(reply.digest.stories.map((st) => st.id)).toEqual(['cricket', 'sensex']);
    expect(reply.digest.more).toBe(1);
    s.store.subscriptions.subscribe('telegram', '501', 'private');
    s.store.subscriptions.setLanguage('telegram', '501', 'hi');
    expect(await digestCommand.run(makeContext(s))).toMatchObject({ kind: 'digest', language: 'hi' });
  });

  it('an empty content folder gives an empty digest, not an error', async () => {
    const reply = await digestCommand.run(makeContext(testServices({ content: fakeContent([]) })));
    expect(reply).toMatchObject({ kind: 'digest', digest: { stories: [], more: 0 } });
  });
});

describe('/event', () => {
  const s = testServices({ content: fakeContent(articles) });

  it.each([
    ['2024-06-19', ['cricket']],
    ['2024-06', ['sensex', 'cricket']],
    ['2023', ['isro']],
  ])('%s lists the mentions', async (query, ids) => {
    const reply = await eventCommand.run(makeContext(s, { args: [query] }));
    if (reply.kind !== 'events') throw new Error(`expected events, got ${reply.kind}`);
    expect(reply.query).toBe(query);
    expect(reply.mentions.map((m) => m.article).sort()).toEqual([...ids].sort());
    expect(reply.total).toBe(ids.length);
  });

  it.each([['2024-13-01'], ['2024-02-30'], ['19-06-2024'], ['kal'], ['']])('%j gets the same message as the CLI', async (query) => {
    const reply = await eventCommand.run(makeContext(s, { args: query ? [query] : [] }));
    const parsed = parseEventQuery(query);
    if (parsed.ok) throw new Error('expected a bad query');
    expect(reply).toMatchObject({ kind: 'text', tone: 'error' });
    expect(english(reply).split('\n')[0]).toBe(parsed.error);
  });

  it.each([
    ['२०२१-०१-०१', 'No events found for 2021-01-01.'],
    ['\u202e2021-01-01', 'No events found for 2021-01-01.'],
  ])('reads %j like its ASCII form', async (query, expected) => {
    expect(english(await eventCommand.run(makeContext(s, { args: [query] })))).toBe(expected);
  });

  it('echoes a bad query without its bidi or control characters', async () => {
    const reply = await eventCommand.run(makeContext(s, { args: ['\u202eevil\u0007'] }));
    expect(english(reply).split('\n')[0]).toBe('invalid date "evil": expected YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-06-19');
  });

  it('says when nothing matches', async () => {
    const reply = await eventCommand.run(makeContext(s, { args: ['2021-01-01'] }));
    expect(english(reply)).toBe('No events found for 2021-01-01.');
  });

  it(`caps the list at ${EVENT_REPLY_LIMIT} and reports the total`, async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      makeArticle({ id: `a${i}`, published: '2024-06-19', sentences: ['मौसम विभाग ने 2024 में बारिश बताई।'], dates: [[0, '2024', '2024', 'year']] }),
    );
    const reply = await eventCommand.run(makeContext(testServices({ content: fakeContent(many) }), { args: ['2024'] }));
    expect(reply).toMatchObject({ kind: 'events', total: 40 });
    if (reply.kind === 'events') expect(reply.mentions).toHaveLength(EVENT_REPLY_LIMIT);
  });
});
