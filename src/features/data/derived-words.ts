/**
 * Names that a translation may render by a common word made from them: a platform and its verb
 * or noun (`skrev på Twitter` ↔ `said in a tweet`, `tweeted`). Lower-case name → the stems of
 * those words in either language. Words that keep the name's own letters (`googled`,
 * `photoshopped`) meet it by spelling and need no entry.
 */
export const DERIVED_WORDS: Readonly<Record<string, readonly string[]>> = {
  twitter: ['tweet', 'retweet', 'tvitr', 'twitr', 'tweete'],
};
