import { drop, isWholeLine, type ResidueRule } from './rule.ts';

const AD_MARKER = String.raw`\{[\p{L}_][\p{L}\p{N}_-]*\}`;

/** The labels an ad slot leaves in the text when the ad itself is gone. */
const AD_LABEL =
  /^(?:advertisements?|advert|ad|ads|sponsored ad|ad feedback|remove ads|hide ad|close ad|report this ad|(?:story|article|content) continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading below|(?:the )?(?:article|story) continues below|advertisement\W+scroll to continue(?: with content)?|scroll to continue with content|skip ad)$/;

/**
 * Ad slots: content-management tokens such as `{mosads}` (any `{word}`),
 * taken out of the paragraph with the space they leave, and a line that
 * says only "Advertisement", "Ad Feedback" or "Story continues below
 * advertisement".
 */
export const adMarker: ResidueRule = {
  name: 'ad marker',
  apply(block) {
    if (isWholeLine(block.text, AD_LABEL)) return drop(block);
    const markers = block.text.match(new RegExp(AD_MARKER, 'gu'));
    if (!markers) return null;
    const keep = block.text
      .replace(new RegExp(String.raw`(\s?)${AD_MARKER}(\s?)`, 'gu'), (_m, before: string, after: string) =>
        before && after ? ' ' : '',
      )
      .trim();
    return { keep: keep.length > 0 ? keep : null, removed: markers.join(' ') };
  },
};
