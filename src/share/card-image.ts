// Renders a share card (1200×630 PNG) from our own template with satori and
// resvg, using fonts shipped in src/share/fonts. No logos, nothing fetched.
import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { projectUrl } from '../lib/data-file';

const WIDTH = 1200;
const HEIGHT = 630;
const PAPER = '#f8f4ec';
const INK = '#2a241d';
const ACCENT = '#7a2e1f';
const MUTED = '#5f554a';

const fontFile = (name: string) => readFile(projectUrl(`src/share/fonts/${name}`));

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;
function loadFonts() {
  return (fonts ??= Promise.all([
    fontFile('inter-latin-400-normal.woff').then((data) => ({ name: 'Inter', data, weight: 400 as const, style: 'normal' as const })),
    fontFile('inter-latin-600-normal.woff').then((data) => ({ name: 'Inter', data, weight: 600 as const, style: 'normal' as const })),
    fontFile('source-serif-4-latin-600-normal.woff').then((data) => ({ name: 'Source Serif', data, weight: 600 as const, style: 'normal' as const })),
    fontFile('source-serif-4-latin-400-italic.woff').then((data) => ({ name: 'Source Serif', data, weight: 400 as const, style: 'italic' as const })),
  ]));
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export interface CardText {
  /** Small capitals line at the top: the site and what the place is. */
  kicker: string;
  /** The place's name. */
  heading: string;
  /** The excerpt: a first sentence, a quote, an option. */
  body: string;
  /** Bottom line: the essay and its author. */
  footer: string;
  /** Set the body as a quotation (italic). */
  quote?: boolean;
}

/** The card as a PNG. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const bodySize = text.body.length > 150 ? 30 : text.body.length > 90 ? 36 : 42;
  const tree = el(
    'div',
    { width: WIDTH, height: HEIGHT, display: 'flex', background: PAPER, padding: 40, boxSizing: 'border-box', fontFamily: 'Inter' },
    el(
      'div',
      { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, boxSizing: 'border-box', border: `3px solid ${ACCENT}`, padding: '40px 56px' },
      [
        el('div', { display: 'flex', fontSize: 22, fontWeight: 600, letterSpacing: 3, textTransform: 'uppercase', color: ACCENT }, text.kicker),
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', { display: 'flex', fontFamily: 'Source Serif', fontWeight: 600, fontSize: 50, lineHeight: 1.12, color: INK, marginBottom: 22 }, text.heading),
          el(
            'div',
            { display: 'flex', fontFamily: text.quote ? 'Source Serif' : 'Inter', fontStyle: text.quote ? 'italic' : 'normal', fontWeight: 400, fontSize: bodySize, lineHeight: 1.35, color: INK },
            text.body,
          ),
        ]),
        el('div', { display: 'flex', fontSize: 22, color: MUTED }, text.footer),
      ],
    ),
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
