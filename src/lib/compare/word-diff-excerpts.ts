import { wordDiff } from './word-diff.ts';

/**
 * The changes between two texts word by word, as short Markdown excerpts for a pull request:
 * removed words in <del>, added words in <ins> (struck through and underlined on GitHub, and
 * unlike ~~ and ** they work next to punctuation), a few unchanged words around each change.
 * Line breaks and runs of spaces do not count as changes.
 */
export function wordDiffExcerpts(before: string, after: string, context = 6): string[] {
  // The comparison's Swedish-aware word diff (å/ä/ö and hyphenated compounds are single words).
  const changes = wordDiff(normalize(before), normalize(after)).map((segment) => ({
    value: segment.text,
    added: segment.type === 'added',
    removed: segment.type === 'removed',
  }));
  if (!changes.some((change) => change.added || change.removed)) return [];
  const excerpts: string[] = [];
  let current = '';
  const close = () => {
    if (current.trim()) excerpts.push(current.trim());
    current = '';
  };
  changes.forEach((change, index) => {
    if (change.added || change.removed) {
      const [, lead = '', words = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(change.value) ?? [];
      const tag = change.added ? 'ins' : 'del';
      current += `${lead}${words ? `<${tag}>${escapeMarkdown(words)}</${tag}>` : ''}${trail}`;
      // A removal directly followed by an addition reads better with a space between them.
      if (change.removed && changes[index + 1]?.added && !trail) current += ' ';
      return;
    }
    // Each word with the space after it, so the text keeps its own spacing and punctuation.
    const words = change.value.split(/(?<=\s)(?=\S)/).map(escapeMarkdown);
    const isFirst = index === 0;
    const isLast = index === changes.length - 1;
    if (!isFirst && !isLast && words.length <= context * 2) {
      current += words.join('');
      return;
    }
    if (!isFirst) {
      current += words.slice(0, context).join('');
      if (words.length > context) current = `${current.trimEnd()} …`;
      close();
    }
    if (!isLast) current = `${words.length > context ? '… ' : ''}${words.slice(-context).join('')}`;
  });
  close();
  return excerpts;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Keeps the editor's own asterisks, tildes and brackets from turning into formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#]/g, (character) => `\\${character}`);
}
