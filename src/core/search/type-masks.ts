import { ENTITY_TYPES, type EntityType } from '../types.ts';

/**
 * Which entity types a paragraph mentions, as one character: six types, one
 * bit each, so a mask fits one character of a 64-letter alphabet and an
 * article's masks are a short string in `articles.json`.
 */
const MASK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** The bit of a type in a paragraph's type mask. */
export function typeBit(type: EntityType): number {
  return 1 << ENTITY_TYPES.indexOf(type);
}

/** The character standing for a mask. */
export function typeMaskChar(mask: number): string {
  return MASK_ALPHABET[mask] ?? '0';
}

/** The mask a character stands for. */
export function typeMask(char: string): number {
  return Math.max(0, MASK_ALPHABET.indexOf(char));
}
