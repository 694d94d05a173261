import { isPhotoCaption } from '../photo-credit.ts';
import { dropWhen } from './rule.ts';

/**
 * Photo captions and credits: a paragraph with "(… photo by …)" in it, one
 * that ends in a credit ("PHOTO: AFP", "(Reuters)", "(AP Photo/…)",
 * "(Image credit: …)", "Illustration: …"), or a credit line of its own
 * ("Illustration by Jane Roe", "Getty Images"). A caption is not part of
 * the article's text.
 */
export const photoCaption = dropWhen('photo caption', (block) => isPhotoCaption(block.text));
