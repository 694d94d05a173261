import type { Block } from '../block.ts';
import { endsWithCallToAction, isCallToAction } from './call-to-action.ts';
import { drop, endsWithFullStop, wordCount, type ResidueRule } from './rule.ts';

/** What an outlet's or a sponsor's promotion sells. */
const PROMO_WORD =
  /\b(?:webinars?|web seminar|virtual (?:event|summit|conference)|live (?:event|session|stream)|summit|conference|masterclass|workshop|demo|free trial|trial|download|e-?book|white ?paper|report|guide|checklist|toolkit|survey|register|registration|on-demand|on demand|sponsored|offer|discount|course|training|certification|podcast|episode|newsletter|tickets?|early bird|learn how|discover how|find out how|join (?:us|our)|save the date|speakers?|experts?|panel(?:lists)?)\b/i;
/** Promotions speak to the reader or announce themselves: "Join our experts…", "FREE WEBINAR:". */
const PROMO_VOICE =
  /\b(?:you|your|yours|our|us|we)\b|^(?:free|new|live|upcoming|exclusive|webinar|event|sponsored|featured|on-demand|white ?paper|e-?book|report|guide)\b[^.]*[:|–—-]/i;

/** Lines above a call to action that may belong to its promotion, at the most. */
const MAX_ABOVE = 3;

/**
 * Promotions (a webinar, a report, an event): a call to action on a line of
 * its own ("REGISTER NOW", "Learn more", "Download the report") with the
 * promotional lines just above it (short, naming what is sold, and
 * speaking to the reader or announcing themselves: "Webinar: Securing
 * cloud workloads", "Join our experts on December 2"); and a short line
 * that is a promotion and ends in its call to action ("Free guide: … —
 * Download now"). A news paragraph above a "Read more" button does not
 * speak that way and stays.
 */
export const promoBlock: ResidueRule = {
  name: 'promo block',
  apply(block, index, blocks) {
    if (isCallToAction(block.text)) return drop(block);
    if (!isPromoLine(block)) return null;
    if (endsWithCallToAction(block.text)) return drop(block);
    for (let k = index + 1; k < blocks.length && k - index <= MAX_ABOVE; k++) {
      const below = blocks[k];
      if (!below) return null;
      if (isCallToAction(below.text)) return drop(block);
      if (!isPromoLine(below)) return null;
    }
    return null;
  },
};

function isPromoLine(block: Block): boolean {
  const text = block.text;
  if (wordCount(text) > 30 || !PROMO_WORD.test(text)) return false;
  return PROMO_VOICE.test(text) || block.kind === 'heading' || !endsWithFullStop(text) || text === text.toUpperCase();
}
