/**
 * Paragraphs of a source article as the dataset counts them: the non-empty lines of the text, in
 * order, 1-based (paragraph n is `paragraphs[n - 1]`). A line of only whitespace is empty. Lines are
 * kept as they are apart from a trailing carriage return, so evidence phrases match exactly.
 */
export function articleParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
    .filter((line) => line.trim() !== '');
}
