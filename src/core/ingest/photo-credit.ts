/**
 * Recognises the credit line a photo caption carries, so that captions can be
 * told apart from article paragraphs.
 */

/** Wire services and picture agencies that appear alone in a credit, e.g. "(Reuters)". */
const PICTURE_AGENCIES = [
  'Reuters',
  'AFP',
  'AP',
  'EPA',
  'EPA-EFE',
  'Getty Images',
  'Getty',
  'Bloomberg',
  'Xinhua',
  'AAP',
  'PA',
  'dpa',
  'Kyodo',
  'Yonhap',
  'Shutterstock',
  'Alamy',
  'iStock',
  'NYT',
  'ANP',
  'TASS',
  'Anadolu',
];
const AGENCY = PICTURE_AGENCIES.join('|');

/** "(… photo by …)", "(… photographs courtesy of …)": a caption wherever it appears. */
const PHOTO_BY = /\([^()]*\b(?:photo(?:graph)?s?|pictures?|images?)\s+(?:by|courtesy(?:\s+of)?)\b[^()]*\)/i;

/**
 * A parenthesised credit closing the paragraph: "(AP Photo/Evan Vucci)",
 * "(Reuters)", "(REUTERS/Jonathan Ernst)", "(Photo: AFP)", "(File photo)".
 */
const CREDIT_IN_PARENS = new RegExp(
  String.raw`\(\s*(?:` +
    String.raw`(?:[\p{L}\p{N}.&'’-]+\s){0,4}(?:photo(?:graph)?|picture|image)s?(?:\s*[/:]\s*[^()]+)?` +
    String.raw`|(?:${AGENCY})(?:\s*/\s*[^()]+)?` +
    String.raw`)\s*\)$`,
  'iu',
);

/**
 * A labelled credit closing the paragraph, often glued to the caption's last
 * sentence by the scraper: "…networks.PHOTO: AFP", "ST PHOTO: KEVIN LIM",
 * "Photo: Getty Images". The credit itself is short and has no sentence in it.
 */
const LABELLED_CREDIT =
  /(?:^|(?<=[^\p{L}]))(?:(?:\p{Lu}{2,}\s)?(?:PHOTO|PHOTOS|PICTURE|PICTURES|IMAGE|FILE PHOTO)|Photo|Photos|Picture|Image|Photo credit|Image credit|Credit)\s*:\s*[^:.!?]{1,60}\.?$/u;

/** The paragraph without its closing credit, or null when it does not end in one. */
export function withoutTrailingCredit(paragraph: string): string | null {
  for (const pattern of [CREDIT_IN_PARENS, LABELLED_CREDIT]) {
    const match = pattern.exec(paragraph);
    if (match) return paragraph.slice(0, match.index).trimEnd();
  }
  return null;
}

/** True when the paragraph reads as a photo caption or a bare credit line. */
export function isPhotoCaption(paragraph: string): boolean {
  return PHOTO_BY.test(paragraph) || withoutTrailingCredit(paragraph) !== null;
}
