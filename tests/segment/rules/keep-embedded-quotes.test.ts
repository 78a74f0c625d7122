import { describe, expect, it } from 'vitest';
import { findEmbeddedQuotes } from '../../../src/segment/rules/keep-embedded-quotes.js';

const held = (text: string) => findEmbeddedQuotes(text).map((span) => text.slice(span.start, span.end));

describe('findEmbeddedQuotes', () => {
  it('holds a quotation followed by its attribution or a comma', () => {
    expect(held('«Kom hit. Nå!» ropte hun.')).toEqual(['«Kom hit. Nå!»']);
    expect(held('“We came. We saw,” he said.')).toEqual(['“We came. We saw,”']);
    expect(held('«Snakk med oss», står det.')).toEqual(['«Snakk med oss»']);
  });

  it('holds slogans and titles', () => {
    expect(held('Han skrev: «For fedrelandet. For seier.»')).toEqual(['«For fedrelandet. For seier.»']);
    expect(held('Spillet «Guitar Hero: World Tour» kom ut.')).toEqual(['«Guitar Hero: World Tour»']);
  });

  it('does not hold a standalone, unclosed or nested-only quotation', () => {
    expect(held('Hun sa: «Han var en tyrann. Det var vondt.» Så gikk hun.')).toEqual([]);
    expect(held('«Dette blir lang vinter. Ingen vet.')).toEqual([]);
    expect(held('«Han sa «nei» og gikk. Så kom hun.» Slutt.')).toEqual(['«nei»']);
  });
});
