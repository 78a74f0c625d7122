// `\b` is ASCII-only (`\w` is [A-Za-z0-9_]), so it finds no boundary after a keyword ending in
// å, ø or æ ("Se også", "Del på"): every keyword here ends at a Unicode-aware boundary instead,
// the end of the text or a character that is not a letter, a mark or a digit.
const END = String.raw`(?![\p{L}\p{M}\p{N}_])`;

/** A pattern anchored at the start of the line, ending at a Unicode-aware word boundary where `$W` is written. */
const pattern = (source: string) => new RegExp(source.replace(/\$W/g, END), 'iu');

/**
 * Lines that news pages add around an article and that are never part of its translation:
 * "view more", comment-form prompts, video placeholders, share buttons. They are their own
 * segments and, in divergence reports, recognisable additions.
 */
const BOILERPLATE = [
  pattern(String.raw`^(view|read|see|show|load) more$W`),
  pattern(String.raw`^(les|se|vis) (mer|også|flere|hele saken)$W`),
  pattern(String.raw`^please enter your (comment|name|email|e-mail)`),
  pattern(String.raw`^(leave|post) a (comment|reply)$W`),
  pattern(String.raw`^du trenger javascript`),
  pattern(String.raw`^(share|del) (on|this|på|saken)$W`),
  pattern(String.raw`^(advertisement|annonse|reklame|sponsored)$`),
  pattern(String.raw`^(click|klikk) (here|her)$W`),
  pattern(String.raw`^(subscribe|abonner)$W`),
  pattern(String.raw`^(this (video|content) (is|requires)|you need javascript)`),
  pattern(String.raw`^(date|dato|datum)\s+\d{4}-\d{2}(-\d{2})?$`),
];

/** Photo credits and caption tails: `Photo: AP / NTB`, `Foto: Reuters`. */
const CREDIT = /^(photo|foto|bilde|image|illustrasjon|illustration|video|kilde|source)\s*:/iu;

/** Whether a line or sentence is page boilerplate rather than article text. */
export function isBoilerplate(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length < 120 && BOILERPLATE.some((pattern) => pattern.test(trimmed));
}

/** Whether a line or sentence is a photo credit (`Foto: NTB`). */
export function isCredit(text: string): boolean {
  return CREDIT.test(text.trim());
}
