/** How far into a page its `<meta charset>` must stand, as the HTML standard's prescan reads it. */
const PRESCAN_BYTES = 1024;

/**
 * The text of an input file. Text must be UTF-8. A saved page may declare
 * another encoding (`<meta charset="windows-1252">`), which is used when the
 * bytes are not UTF-8 and the runtime knows the label; otherwise the error
 * says "expected UTF-8 text".
 */
export function decodePage(bytes: Uint8Array, extension: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = /\.x?html?$/i.test(extension) ? declaredCharset(bytes) : undefined;
    if (declared) {
      try {
        return new TextDecoder(declared, { fatal: true }).decode(bytes);
      } catch {
        throw new Error(`expected UTF-8 text or the page's declared ${declared}`);
      }
    }
    throw new Error('expected UTF-8 text');
  }
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
