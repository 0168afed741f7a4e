// Why a token page that can't be read gets a notice (components/dashboard/notice.ts): the
// dashboard is in another language (the readers know only the English headings), or the page is
// not one the readers know (a redesign, a page they never saw).
export type NoticeReason = 'language' | 'unreadable';

/** The `<html lang>` of a page that declares a language other than English, else null. */
export function otherLanguage(doc: Document): string | null {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  return lang && !/^en/i.test(lang) ? lang : null;
}

/** The language reason wins: a page in German is unreadable because it is in German. */
export function noticeReason(doc: Document): NoticeReason {
  return otherLanguage(doc) ? 'language' : 'unreadable';
}
