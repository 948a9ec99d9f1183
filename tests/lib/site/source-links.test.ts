import { describe, expect, it } from 'vitest';
import { sourceLinks } from '#lib/site/source-links.ts';

const repository = { url: 'https://github.com/stockholmsstad/styrdok/', branch: 'main' };

describe('sourceLinks', () => {
  it('links a file to GitHub’s editor, its history and its view, with Swedish letters encoded', () => {
    expect(sourceLinks(repository, 'content/anvisningar/krisstöd/2022.md')).toEqual({
      path: 'content/anvisningar/krisstöd/2022.md',
      edit: 'https://github.com/stockholmsstad/styrdok/edit/main/content/anvisningar/krisst%C3%B6d/2022.md',
      history: 'https://github.com/stockholmsstad/styrdok/commits/main/content/anvisningar/krisst%C3%B6d/2022.md',
      view: 'https://github.com/stockholmsstad/styrdok/blob/main/content/anvisningar/krisst%C3%B6d/2022.md',
    });
  });

  it('links a folder to its listing and history, with nothing to edit', () => {
    const links = sourceLinks(repository, 'content/remisser/');
    expect(links?.edit).toBeUndefined();
    expect(links?.view).toBe('https://github.com/stockholmsstad/styrdok/tree/main/content/remisser/');
  });

  it('gives nothing for content outside the repository', () => {
    expect(sourceLinks(repository, '../../tmp/styrdok-content-x/remisser/a.md')).toBeUndefined();
    expect(sourceLinks(repository, '/tmp/a.md')).toBeUndefined();
  });
});
