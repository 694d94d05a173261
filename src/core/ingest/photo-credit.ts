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

/** What a credit credits; a video or a graphic only on a credit line of its own, where "(video)" cannot mean a clip. */
const PICTURE = String.raw`(?:photo(?:graph)?|picture|image|illustration)s?`;
const CREDITED = String.raw`(?:photo(?:graph)?|picture|image|illustration|graphic|video|photo\s+illustration)s?`;

/** "(… photo by …)", "(… photographs courtesy of …)": a caption wherever it appears. */
const PHOTO_BY = /\([^()]*\b(?:photo(?:graph)?s?|pictures?|images?)\s+(?:by|courtesy(?:\s+of)?)\b[^()]*\)/i;

/**
 * A parenthesised credit closing the paragraph: "(AP Photo/Evan Vucci)",
 * "(Reuters)", "(REUTERS/Jonathan Ernst)", "(Photo: AFP)", "(File photo)".
 */
const CREDIT_IN_PARENS = new RegExp(
  String.raw`\(\s*(?:` +
    String.raw`(?:[\p{L}\p{N}.&'’-]+\s){0,4}${PICTURE}(?:\s+(?:credit|source))?(?:\s*[/:]\s*[^()]+)?` +
    String.raw`|(?:${AGENCY})(?:\s*/\s*[^()]+)?(?:\s+via\s+[^()]+)?` +
    String.raw`)\s*\)$`,
  'iu',
);

/**
 * A labelled credit closing the paragraph, often glued to the caption's last
 * sentence by the scraper: "…networks.PHOTO: AFP", "ST PHOTO: KEVIN LIM",
 * "Photo: Getty Images". The credit itself is short and has no sentence in it.
 */
const LABELLED_CREDIT =
  /(?:^|(?<=[^\p{L}]))(?:(?:\p{Lu}{2,}\s)?(?:PHOTO|PHOTOS|PICTURE|PICTURES|IMAGE|FILE PHOTO|ILLUSTRATION|GRAPHIC)|Photo|Photos|Picture|Image|Photograph|Illustration|Graphic|Photo illustration|Photo credit|Image credit|Image source|Picture credit|Credit)\s*:\s*[^:.!?]{1,60}\.?$/u;

/** A credit on a line of its own: "Illustration by Jane Roe", "Getty Images", "AFP via Getty Images". */
const CREDIT_LINE = new RegExp(
  String.raw`^(?:${CREDITED}\s+(?:by|courtesy(?:\s+of)?|credit|source)\b[^.!?]{1,60}|(?:${AGENCY})(?:\s*/\s*[^()]{1,40})?(?:\s+via\s+(?:${AGENCY}))?)$`,
  'iu',
);

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
  return PHOTO_BY.test(paragraph) || CREDIT_LINE.test(paragraph.trim()) || withoutTrailingCredit(paragraph) !== null;
}
