import { describe, expect, it } from 'vitest';
import { BitekstError, formatTmx, parseTmx } from '../../src/index.js';
import { rebuildAlignment } from '../../src/formats/rebuild.js';

const catTool = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="SomeCAT" creationtoolversion="9" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="NB-NO" datatype="rtf"/>
  <body>
    <tu><tuv lang="NB-NO"><seg>Trykk <ph>{1}</ph>Lagre<ph>{2}</ph> &amp; avslutt.</seg></tuv><tuv lang="EN-GB"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> &amp; quit.</seg></tuv></tu>
    <tu><tuv lang="NB-NO"><seg>Ferdig.</seg></tuv><tuv lang="EN-GB"><seg><![CDATA[Done <now>.]]></seg></tuv></tu>
  </body>
</tmx>`;

describe('formatTmx', () => {
  it('writes a TMX 1.4b header and escapes XML', () => {
    const tmx = formatTmx(rebuildAlignment('nb', 'en', [{ source: ['A & B <c>'], target: ['"D"'], score: 0.5 }]));
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toMatch(/<header creationtool="bitekst" creationtoolversion="[\d.]+" segtype="sentence" o-tmf="bitekst" adminlang="en" srclang="nb" datatype="plaintext"\/>/);
    expect(tmx).toContain('<seg>A &amp; B &lt;c&gt;</seg>');
    expect(tmx).toContain('<seg>&quot;D&quot;</seg>');
  });
});

describe('parseTmx', () => {
  it('reads TMX 1.1 from a CAT tool: lang attributes, inline tags kept as text, CDATA', () => {
    const alignment = parseTmx(catTool);
    expect(alignment.sourceLang).toBe('NB-NO');
    expect(alignment.targetLang).toBe('EN-GB');
    expect(alignment.source.map((sentence) => sentence.text)).toEqual(['Trykk {1}Lagre{2} & avslutt.', 'Ferdig.']);
    expect(alignment.target.map((sentence) => sentence.text)).toEqual(['Press <b>Save</b> & quit.', 'Done <now>.']);
    expect(alignment.beads).toEqual([
      { source: [0], target: [0], score: 1 },
      { source: [1], target: [1], score: 1 },
    ]);
  });

  const refuses = (text: string, pattern: RegExp) => {
    try {
      parseTmx(text);
      expect.unreachable('parseTmx accepted it');
    } catch (error) {
      expect(error).toBeInstanceOf(BitekstError);
      expect((error as BitekstError).code).toBe('E_TMX');
      expect((error as BitekstError).message).toMatch(pattern);
      expect((error as BitekstError).line).toBeGreaterThan(0);
    }
  };

  it('refuses malformed XML with the line and column', () => {
    refuses('<tmx version="1.4">\n<header srclang="nb"/>\n<body><tu><tuv xml:lang="nb"><seg>open</tuv></tu></body></tmx>', /line 3/);
  });

  it('refuses a wrong version, a missing srclang and a file that is not TMX', () => {
    refuses('<tmx version="2.0"><header srclang="nb"/><body/></tmx>', /version/);
    refuses('<tmx version="1.4"><header/><body/></tmx>', /srclang/);
    expect(() => parseTmx('<html></html>')).toThrow(expect.objectContaining({ code: 'E_TMX' }));
  });

  it('refuses entity declarations instead of expanding them (billion laughs, external entities)', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<tmx version="1.4"><header srclang="nb"/><body><tu><tuv xml:lang="nb"><seg>&c;</seg></tuv></tu></body></tmx>`;
    refuses(bomb, /entity/i);
    const external = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="nb"/><body><tu><tuv xml:lang="nb"><seg>&x;</seg></tuv></tu></body></tmx>`;
    refuses(external, /entity/i);
  });

  it('stops at maxUnits with E_BUDGET', () => {
    const units = Array.from({ length: 20 }, () => '<tu><tuv xml:lang="nb"><seg>a</seg></tuv></tu>').join('');
    expect(() => parseTmx(`<tmx version="1.4"><header srclang="nb"/><body>${units}</body></tmx>`, { maxUnits: 10 })).toThrow(expect.objectContaining({ code: 'E_BUDGET' }));
  });

  it('reads a large file in bounded time', () => {
    const unit = '<tu><tuv xml:lang="nb"><seg>Krigen krevde 30.000 liv.</seg></tuv><tuv xml:lang="en"><seg>The war claimed 30,000 lives.</seg></tuv></tu>\n';
    const text = `<tmx version="1.4"><header srclang="nb"/><body>${unit.repeat(50_000)}</body></tmx>`;
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(parseTmx(text).beads).toHaveLength(50_000);
  });
});
