import { detectLanguage } from '../text/detect-language.js';
import { resolveLanguage } from '../text/language.js';
import type { DocumentInput, DocumentIssue } from '../types.js';
import { arrayArgument } from '../options.js';

/**
 * The language rules a stated tag resolves to, as everywhere else in bitekst: through the
 * canonical tag, so that aliases (`nob` for `nb`, `eng` for `en`), case and regions agree; a tag
 * that is not BCP 47 resolves to none.
 */
function statedRules(tag: string): 'nb' | 'en' | undefined {
  try {
    return resolveLanguage(tag).rules;
  } catch {
    return undefined;
  }
}

/**
 * Sorts a mixed collection into Norwegian and English documents by their function words and
 * æ/ø/å (`detectLanguage`), unless a document states its `lang`. Documents in neither language
 * are returned as issues with the reason.
 */
export function splitByLanguage(documents: readonly DocumentInput[]): { nb: DocumentInput[]; en: DocumentInput[]; issues: DocumentIssue[] } {
  arrayArgument(documents, 'documents', 'splitByLanguage');
  const nb: DocumentInput[] = [];
  const en: DocumentInput[] = [];
  const issues: DocumentIssue[] = [];
  for (const document of documents) {
    const stated = document.lang;
    const lang = stated === undefined ? detectLanguage(document.text).lang : statedRules(stated);
    if (lang === 'nb') nb.push({ ...document, lang: document.lang ?? 'nb' });
    else if (lang === 'en') en.push({ ...document, lang: document.lang ?? 'en' });
    else issues.push({ id: document.id, side: 'source', reason: stated === undefined ? 'language not recognised as Norwegian or English' : `language ${document.lang} is neither Norwegian nor English` });
  }
  return { nb, en, issues };
}
