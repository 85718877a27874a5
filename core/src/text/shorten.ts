/** Length of the short descriptions in lists and search hits. */
export const SHORT_DESCRIPTION_LENGTH = 200;

/** Cuts text to about `length` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, length = SHORT_DESCRIPTION_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 40))}…`;
}
