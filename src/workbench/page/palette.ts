/** The page's colours, one name each; the style sheet reads them as CSS custom properties. */
export const PALETTE = {
  text: '#1f2328',
  background: '#ffffff',
  panel: '#f6f8fa',
  muted: '#57606a',
  line: '#8c959f',
  ok: '#1a7f37',
  doubt: '#8a5300',
  bad: '#b42318',
  info: '#57606a',
  focus: '#0550ae',
  fixed: '#0550ae',
  mark: '#fff1a8',
  current: '#ddf4ff',
  onBadge: '#ffffff',
} as const;

export type ColourName = keyof typeof PALETTE;

/**
 * The text and background pairs the page draws, [text, background]: each must reach WCAG 2.1
 * AA's 4.5:1 for normal text (the line colour, a border, needs 3:1 against the background).
 */
export const TEXT_PAIRS: readonly (readonly [ColourName, ColourName])[] = [
  ['text', 'background'],
  ['text', 'panel'],
  ['text', 'current'],
  ['text', 'mark'],
  ['muted', 'background'],
  ['muted', 'panel'],
  ['muted', 'current'],
  ['onBadge', 'ok'],
  ['onBadge', 'doubt'],
  ['onBadge', 'bad'],
  ['onBadge', 'info'],
  ['onBadge', 'fixed'],
  ['focus', 'background'],
  ['bad', 'background'],
  ['doubt', 'background'],
  ['ok', 'background'],
];

/** Relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1). */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.1 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
