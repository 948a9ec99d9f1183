/** One entry of an Atom feed (RFC 4287). */
export interface FeedEntry {
  /** Permanent, unique ID: the same entry keeps it in every feed and every build. */
  id: string;
  title: string;
  /** The day the change happened, YYYY-MM-DD. */
  updated: string;
  /** Absolute address of the page about the change. */
  link: string;
  summary?: string;
  /** HTML describing the change. */
  contentHtml?: string;
  categories?: string[];
}

export interface Feed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the page the feed is about. */
  alternate: string;
  author: string;
  entries: FeedEntry[];
}

/**
 * A tag URI (RFC 4151) for a path on the site: stable across builds and hosting moves of the
 * same domain, which a feed reader needs to tell new entries from old.
 */
export function tagUri(site: URL, path: string): string {
  return `tag:${site.hostname},2024:${path.replace(/^\/+/, '')}`;
}

export const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const timestamp = (date: string) => `${date}T00:00:00Z`;

/** Serialises a feed as Atom 1.0, newest entry first; the feed is as new as its newest entry. */
export function atomXml(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  const updated = entries[0]?.updated ?? '2024-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${timestamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${timestamp(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      ...(entry.summary ? [`    <summary>${escapeXml(entry.summary)}</summary>`] : []),
      ...(entry.contentHtml ? [`    <content type="html">${escapeXml(entry.contentHtml)}</content>`] : []),
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
