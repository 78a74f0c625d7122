import { detectLanguage } from '../text/detect-language.js';
import type { DocumentInput, DocumentIssue } from '../types.js';

/**
 * Sorts a mixed collection into Norwegian and English documents by their function words and
 * æ/ø/å (`detectLanguage`), unless a document states its `lang`. Documents in neither language
 * are returned as issues with the reason.
 */
export function splitByLanguage(documents: readonly DocumentInput[]): { nb: DocumentInput[]; en: DocumentInput[]; issues: DocumentIssue[] } {
  const nb: DocumentInput[] = [];
  const en: DocumentInput[] = [];
  const issues: DocumentIssue[] = [];
  for (const document of documents) {
    const stated = document.lang?.split('-')[0]?.toLowerCase();
    const lang = stated === 'nb' || stated === 'no' || stated === 'nn' ? 'nb' : stated === 'en' ? 'en' : stated === undefined ? detectLanguage(document.text).lang : undefined;
    if (lang === 'nb') nb.push({ ...document, lang: document.lang ?? 'nb' });
    else if (lang === 'en') en.push({ ...document, lang: document.lang ?? 'en' });
    else issues.push({ id: document.id, side: 'source', reason: stated === undefined ? 'language not recognised as Norwegian or English' : `language ${document.lang} is neither Norwegian nor English` });
  }
  return { nb, en, issues };
}
