import { failed, ok, type Command } from './command-types.js';

/** Admin `/publish`: runs the scheduled digest now for every subscription. */
export const publishCommand: Command = {
  name: 'publish',
  adminOnly: true,
  description: { en: 'Admin: send the digest to all subscribers now', hi: 'एडमिन: सभी सब्सक्राइबरों को अभी डाइजेस्ट भेजें' },
  async run(ctx) {
    const { delivery, logger } = ctx.services;
    try {
      const report = await delivery.publishNow();
      logger.info({ ...report, by: ctx.userId }, 'publish now');
      return ok(
        { en: `Published: ${report.queued} subscription(s) got a digest, ${report.nothingNew} had nothing new.`, hi: `भेजा गया: ${report.queued} सब्सक्रिप्शन को डाइजेस्ट, ${report.nothingNew} के लिए कुछ नया नहीं।` },
        { en: `Message parts sent: ${report.sent}.`, hi: `भेजे गए संदेश: ${report.sent}` },
      );
    } catch (cause) {
      logger.error({ err: cause }, 'publish now failed');
      return failed({ en: `Publish failed: ${(cause as Error).message}`, hi: 'डाइजेस्ट नहीं भेजा जा सका।' });
    }
  },
};
