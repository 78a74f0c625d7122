/**
 * Lines that news pages add around an article and that are never part of its translation:
 * "view more", comment-form prompts, video placeholders, share buttons. They are their own
 * segments and, in divergence reports, recognisable additions.
 */
const BOILERPLATE = [
  /^(view|read|see|show|load) more\b/i,
  /^(les|se|vis) (mer|også|flere|hele saken)\b/i,
  /^please enter your (comment|name|email|e-mail)/i,
  /^(leave|post) a (comment|reply)\b/i,
  /^du trenger javascript/i,
  /^(share|del) (on|this|på|saken)\b/i,
  /^(advertisement|annonse|reklame|sponsored)$/i,
  /^(click|klikk) (here|her)\b/i,
  /^(subscribe|abonner)\b/i,
  /^(this (video|content) (is|requires)|you need javascript)/i,
  /^(date|dato|datum)\s+\d{4}-\d{2}(-\d{2})?$/i,
];

/** Photo credits and caption tails: `Photo: AP / NTB`, `Foto: Reuters`. */
const CREDIT = /^(photo|foto|bilde|image|illustrasjon|illustration|video|kilde|source)\s*:/i;

/** Whether a line or sentence is page boilerplate rather than article text. */
export function isBoilerplate(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length < 120 && BOILERPLATE.some((pattern) => pattern.test(trimmed));
}

/** Whether a line or sentence is a photo credit (`Foto: NTB`). */
export function isCredit(text: string): boolean {
  return CREDIT.test(text.trim());
}
