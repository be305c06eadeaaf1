/**
 * Link-preview cards, drawn once and kept on disk by content hash (like src/lib/charts/image-cache.ts).
 * The hash covers what the card shows and the renderer's own files, and it is the file name: Zalo and Facebook
 * cache a preview by URL, so a changed card must get a new URL. Pages render the card while Astro builds them;
 * the og-cards integration copies the cards the built pages name into dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fillTemplate } from '../i18n/template.ts';
import { ui } from '../i18n/index.ts';
import { CARD_FONT_FILES, CARD_HEIGHT, CARD_WIDTH, renderCard, type CardInput } from './og-card.ts';
import { filePaths } from './routes.ts';

export const CARD_CACHE_DIR = path.resolve('node_modules/.cache/og-cards');

/** Everything besides the input that decides the pixels: code, number format, fonts, libraries. */
export const CARD_RENDERER_FILES = [
  'src/lib/og-card.ts',
  'src/lib/charts/number-format.ts',
  'src/lib/charts/chartjs-config.ts',
  'src/lib/charts/image.ts',
  'src/lib/charts/text-boxes.ts',
  'src/i18n/index.ts',
  'src/i18n/template.ts',
  ...CARD_FONT_FILES.map((f) => `src/assets/fonts/${f}`),
  'node_modules/chart.js/package.json',
  'node_modules/@napi-rs/canvas/package.json',
] as const;

let rendererFiles: Buffer[] | undefined;
/** Read once per build. */
function readRendererFiles(): Buffer[] {
  return (rendererFiles ??= CARD_RENDERER_FILES.map((f) => readFileSync(path.resolve(f))));
}

/** The card's name: a hash of the renderer (`renderer`: the contents of CARD_RENDERER_FILES) and of what the card shows. */
export function cardKey(input: CardInput, renderer: readonly (string | Buffer)[] = readRendererFiles()): string {
  const hash = createHash('sha256');
  // Each file hashed on its own, so that bytes cannot shift from one file to the next unseen.
  for (const content of renderer) hash.update(createHash('sha256').update(content).digest());
  return hash.update(JSON.stringify(input)).digest('hex').slice(0, 12);
}

export interface OgCard {
  /** Site path (without base) of the PNG. */
  path: string;
  file: string;
  width: number;
  height: number;
  alt: string;
}

/** The card for a page, drawn unless the cache has it; the integration publishes it. */
export function ogCard(input: CardInput): OgCard {
  const key = cardKey(input);
  const file = path.join(CARD_CACHE_DIR, `${key}.png`);
  if (!existsSync(file)) {
    const { png } = renderCard(input);
    mkdirSync(CARD_CACHE_DIR, { recursive: true });
    // Written under a temporary name and renamed, so that an interrupted build never leaves half a card.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  }
  return { path: filePaths.ogCard(key), file, width: CARD_WIDTH, height: CARD_HEIGHT, alt: cardAlt(input) };
}

/**
 * Says what the card shows. A text card shows the title and the site's name, written as the page's <title> is
 * (so that it costs the page almost no bytes); a chart card the title, the figure with its label and marks, and the source.
 */
export function cardAlt(input: CardInput): string {
  const t = ui(input.locale);
  if (input.kind === 'text') return `${input.title} | ${input.siteName}`;
  const figure = input.figure ? ` ${input.figure.value} (${[input.figure.label, ...input.figure.marks].join(', ')}).` : '';
  return `${fillTemplate(t.ogCard.alt, { title: input.title })}.${figure} ${input.sourceLines.join('. ')}.`.replace(/\.\./g, '.');
}

/** The cache file of a card's key, for the integration. */
export function cachedCardFile(key: string): string {
  return path.join(CARD_CACHE_DIR, `${key}.png`);
}

