// Word error rate: the edits (substitutions, deletions, insertions) that turn what was heard into what
// was said, over the words said. Case and punctuation do not count.

/** The words of a text, lower case, without punctuation (apostrophes inside words kept). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

/** The fewest word edits that turn `heard` into `said` (Levenshtein distance over words). */
export function wordEdits(said: readonly string[], heard: readonly string[]): number {
  let previous = Array.from({ length: heard.length + 1 }, (_, index) => index);
  for (let row = 1; row <= said.length; row++) {
    const current = [row];
    for (let column = 1; column <= heard.length; column++) {
      const substitution = (previous[column - 1] ?? 0) + (said[row - 1] === heard[column - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[heard.length] ?? 0;
}

/** The word error rate over several clips: all their edits over all their words said. */
export function wordErrorRate(pairs: readonly { readonly said: string; readonly heard: string }[]): number {
  let edits = 0;
  let words = 0;
  for (const { said, heard } of pairs) {
    const saidWords = wordsOf(said);
    edits += wordEdits(saidWords, wordsOf(heard));
    words += saidWords.length;
  }
  return words === 0 ? 0 : edits / words;
}
