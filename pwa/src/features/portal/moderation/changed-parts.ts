// What changed within a field: the written-out values before and after, split into words that stay,
// go and come (the `diff` library's word diff, spaces and line breaks kept), so a moderator sees
// the one changed hour in a week of opening hours instead of comparing two blocks of text.
import { diffWordsWithSpace } from 'diff';

export interface TextPart {
  text: string;
  /** Gone from the before side, or new on the after side. */
  isChanged: boolean;
}

export interface ChangedParts {
  before: TextPart[];
  after: TextPart[];
}

export function changedParts(before: string, after: string): ChangedParts {
  const result: ChangedParts = { before: [], after: [] };
  for (const change of diffWordsWithSpace(before, after)) {
    if (!change.added) result.before.push({ text: change.value, isChanged: Boolean(change.removed) });
    if (!change.removed) result.after.push({ text: change.value, isChanged: Boolean(change.added) });
  }
  return result;
}
