/**
 * Characters that start or close inline markdown anywhere in a line: escapes,
 * code, emphasis, links and images, raw HTML and autolinks, GFM
 * strikethrough and table cells.
 */
const INLINE = /[\\`*_[\]<~|]/g;

/** An `&` that would be read as a character reference (`&amp;`, `&#169;`, `&#xA9;`). */
const ENTITY = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/**
 * Where GFM would start a bare link (`http://`, `https://`, `www.`, an
 * e-mail's `@`). Inside such a link a backslash is literal, so the escapes
 * would show; escaping the trigger keeps the text plain instead.
 */
const AUTOLINK_TRIGGER = /(https?)(?=:\/\/)|(www)(?=\.)|(?<=[\w.+-])(?=@)/gi;

/**
 * A line start that would open a block: heading `#`, quote `>`, list or
 * thematic break `-`/`+`, ordered list `1.`/`1)`, setext or table underline `=`.
 */
const BLOCK_START = /^(?:[#>+=-]|\d{1,9}(?=[.)]))/;

/**
 * Writes one paragraph of plain text (a single line, trimmed) as markdown
 * that renders back to exactly the same text: every character markdown would
 * read as syntax is backslash-escaped, nothing else is touched.
 */
export function escapeMarkdownParagraph(text: string): string {
  const inline = text
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(AUTOLINK_TRIGGER, (_match, scheme?: string, www?: string) => (scheme ?? www ?? '') + '\\');
  const start = BLOCK_START.exec(inline);
  if (!start) return inline;
  // A number is kept and the `.` or `)` after it is escaped.
  return /^\d/.test(start[0]) ? `${start[0]}\\${inline.slice(start[0].length)}` : `\\${inline}`;
}

/** A closing run of `#` that an ATX heading would drop: "Foo ##". */
const CLOSING_HASHES = /(?<=\s)#+$/;

/**
 * Writes the text of a heading for after its `## `: escaped as a paragraph,
 * and a closing run of `#`, which markdown would take for the heading's
 * optional closing sequence, escaped too.
 */
export function escapeMarkdownHeading(text: string): string {
  return escapeMarkdownParagraph(text).replace(CLOSING_HASHES, (hashes) => '\\#'.repeat(hashes.length));
}
