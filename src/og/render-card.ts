/**
 * One card to PNG: satori lays the element tree out and writes SVG (text as paths, so the
 * result does not depend on the machine's fonts), resvg paints it, sharp encodes the pixels.
 * resvg's own PNG encoder takes about twice as long as sharp's, which matters at 11,000 images.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { OG_IMAGE_SIZE, type OgCard } from '../core/publish/og-cards.ts';
import { cardFonts } from './card-fonts.ts';
import { cardTree } from './card-tree.ts';

// One libvips thread per worker: the pool already uses every core.
sharp.concurrency(1);

/** The SVG of a card. */
export async function cardSvg(card: OgCard): Promise<string> {
  const { fonts, family } = cardFonts();
  // satori's element type is React's; the tree has the same shape without React.
  return satori(cardTree(card, family), {
    ...OG_IMAGE_SIZE,
    fonts,
  });
}

/** The PNG of a card: 1200×630, opaque RGB, no metadata, the same bytes for the same card. */
export async function renderCard(card: OgCard): Promise<Buffer> {
  const image = new Resvg(await cardSvg(card), { fitTo: { mode: 'original' } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** RGBA pixels of an opaque picture as an RGB PNG. */
export function encodePng(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}
