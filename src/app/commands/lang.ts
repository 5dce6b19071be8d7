import { LANGUAGES, type Language } from '../ports/store-port.js';
import { activeSubscription, manageGuard } from './chat-guard.js';
import { failed, ok, type Command } from './command-types.js';

const ALIASES: Record<string, Language> = {
  both: 'both', 'दोनों': 'both',
  hi: 'hi', hindi: 'hi', 'हिंदी': 'hi', 'हिन्दी': 'hi',
  en: 'en', english: 'en', 'अंग्रेज़ी': 'en', 'अंग्रेजी': 'en', 'इंग्लिश': 'en',
};

const NAMES: Record<Language, { en: string; hi: string }> = {
  both: { en: 'Hindi and English', hi: 'हिंदी और अंग्रेज़ी' },
  hi: { en: 'Hindi', hi: 'हिंदी' },
  en: { en: 'English', hi: 'अंग्रेज़ी' },
};

/** `/lang both|hi|en`: the digest language of this chat's subscription. */
export const langCommand: Command = {
  name: 'lang',
  adminOnly: false,
  usage: LANGUAGES.join('|'),
  description: { en: 'Digest language: both, hi or en', hi: 'डाइजेस्ट की भाषा: both, hi या en' },
  async run(ctx) {
    const found = activeSubscription(ctx);
    if ('reply' in found) return found.reply;
    const sub = found.subscription;
    const [word] = ctx.args;
    if (word === undefined) {
      return ok(
        { en: `Digest language: ${sub.language} (${NAMES[sub.language].en}).`, hi: `डाइजेस्ट की भाषा: ${sub.language} (${NAMES[sub.language].hi})।` },
        { en: 'Change it with /lang both, /lang hi or /lang en.', hi: 'बदलने के लिए: /lang both, /lang hi या /lang en' },
      );
    }
    const language = ALIASES[word.toLowerCase()];
    if (language === undefined) {
      const shown = JSON.stringify(word.slice(0, 20));
      return failed({ en: `Unknown language ${shown}: expected both, hi or en.`, hi: `अनजान भाषा ${shown}: both, hi या en लिखें।` });
    }
    const refusal = await manageGuard(ctx, 'change the settings of');
    if (refusal) return refusal;
    ctx.services.store.subscriptions.setLanguage(ctx.platform, ctx.chatId, language);
    return ok({ en: `Digest language set to ${language} (${NAMES[language].en}).`, hi: `डाइजेस्ट की भाषा अब ${language} (${NAMES[language].hi}) है।` });
  },
};
