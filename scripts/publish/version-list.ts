// After Pagefind has written its index: what the search page needs to know of the versions behind
// its IDs (VERSION_LIST_FILE), written beside it. Pagefind names each page's fragment by a hash of
// its record, known only once written, so the fragments are read back.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VERSION_LIST_FILE, type VersionList } from '#lib/search/search-entry.ts';

/** Fragments read at once: one after the other, the 6,000 of 5,000 documents took 2.2 s. */
const READ_AT_ONCE = 64;
const FRAGMENT = '.pf_fragment';
/** Pagefind's fragments start with this signature before their JSON. */
const SIGNATURE = 'pagefind_dcd';
/**
 * What a result reads of a version listed under it ("också i 2020–2023"), and what the ranking
 * reads to show it as a result of its own when the query is its key or name. Its group, and that
 * it is older, the list itself says.
 */
const LISTED_META = ['versionLabel', 'title', 'keys', 'names'] as const;

interface Fragment {
  url: string;
  meta: Record<string, string>;
}

/** Writes the list into Pagefind's bundle folder and returns how many older versions it names. */
export async function writeVersionList(bundleDir: string): Promise<number> {
  const folder = path.join(bundleDir, 'fragment');
  const files = (await readdir(folder)).filter((file) => file.endsWith(FRAGMENT)).sort();
  const read = new Map<string, Fragment>();
  let next = 0;
  const reader = async () => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) read.set(file, await readFragment(path.join(folder, file)));
  };
  await Promise.all(Array.from({ length: READ_AT_ONCE }, reader));
  // In file order, whatever order the reads ended in: the same index gives the same file.
  const list = versionList(files.map((file) => [file.slice(0, -FRAGMENT.length), read.get(file) as Fragment]));
  await writeFile(path.join(bundleDir, VERSION_LIST_FILE), JSON.stringify(list));
  return olderCount(list);
}

/** The list for fragments given by ID, in the order given. */
function versionList(fragments: [id: string, Fragment][]): VersionList {
  const groups = new Map<string, { id: string; url: string; meta: Record<string, string> }[]>();
  for (const [id, fragment] of fragments) {
    const key = fragment.meta.group ?? `\u0000${id}`;
    const members = groups.get(key);
    if (members) members.push({ id, ...fragment });
    else groups.set(key, [{ id, ...fragment }]);
  }
  const list: VersionList = { groups: [], older: [] };
  for (const members of groups.values()) {
    if (members.length > 1) {
      // Two older versions with one label (two sections of 2020–2023 merged into one) keep their
      // titles, which tell them apart under the result (src/lib/search/also-in.ts).
      const labels = members.filter(({ meta }) => meta.older && meta.versionLabel).map(({ meta }) => meta.versionLabel);
      const shared = new Set(labels.filter((label, index) => labels.indexOf(label) !== index));
      list.groups.push(
        members.map(({ id, url, meta }) =>
          meta.older ? { id, url, meta: listedMeta(meta, shared.has(meta.versionLabel as string)) } : id,
        ),
      );
    } else if (members[0]?.meta.older) list.older.push(members[0].id);
  }
  return list;
}

/** How many older versions a list names. */
function olderCount(list: VersionList): number {
  return list.older.length + list.groups.flat().filter((member) => typeof member !== 'string').length;
}

function listedMeta(meta: Record<string, string>, keepTitle: boolean): Record<string, string> {
  const listed: Record<string, string> = {};
  for (const key of LISTED_META) if (meta[key]) listed[key] = meta[key];
  // The label says which version it is; the title is for a version without one, or one whose
  // label another shares.
  if (listed.versionLabel && !keepTitle) delete listed.title;
  return listed;
}

/** A fragment's address and metadata. Pagefind wrote the file in this build: one it cannot read back is its fault, not the content's. */
async function readFragment(file: string): Promise<Fragment> {
  try {
    const text = gunzipSync(await readFile(file)).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`det börjar inte med "${SIGNATURE}"`);
    const { url, meta } = JSON.parse(text.slice(SIGNATURE.length)) as Partial<Fragment>;
    return { url: url ?? '', meta: meta ?? {} };
  } catch (error) {
    throw new Error(
      `Pagefinds fragment ${file} gick inte att läsa (${(error as Error).message}). Bygg igen; kommer felet tillbaka, kontrollera att paketet pagefind är version ^1.6 (npm ls pagefind).`,
    );
  }
}
