/**
 * The search page's own interface on Pagefind's JavaScript API: a labelled field, filters as
 * fieldsets of checkboxes with counts, a status line that screen readers announce, and results
 * ranked and grouped by src/lib/search/rank-results.ts. Loaded only on /sok/.
 */
import { alsoInLabels } from '#lib/search/also-in.ts';
import { answerKey, KeptAnswers } from '#lib/search/kept-answers.ts';
import {
  groupResults,
  isExactMatch,
  type LoadedHit,
  orderByStanding,
  type PlannedResult,
  planResults,
  type ResultGroup,
} from '#lib/search/rank-results.ts';
import { OLDER_FILTER, OLDER_VALUE, VERSION_LIST_FILE, type VersionList } from '#lib/search/search-entry.ts';
import { unmarkCompoundParts } from '#lib/search/search-index-copy.ts';
import { listedHit, olderOnly, readVersionList, type VersionIndex } from '#lib/search/version-index.ts';

interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** Where the words found are, in words from the start of the page. */
  locations: number[];
  /** Elements with an id, and where each starts. */
  anchors: { element: string; id: string; location: number }[];
}
type Filters = Record<string, { any: string[] } | string>;
interface PagefindSearch {
  results: PagefindHit[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** With no query, the pages the filters give: a search that loads no index chunk. */
  search(query: string | null, options?: { filters?: Filters }): Promise<PagefindSearch>;
  /** Loads the index chunks a search for the query would need, and does no more. */
  preload(query: string, options?: { filters?: Filters }): Promise<void>;
}
interface Strings {
  searching: string;
  results: string;
  oneResult: string;
  grouped: string;
  none: string;
  noneHint: string;
  alsoIn: string;
  decidedBy: string;
  dnr: string;
  failed: string;
  filters: Record<string, string>;
  statusHint: string;
}
interface Shown extends LoadedHit {
  excerpt: string;
}
/** Pagefind's answer to a search, and whether it counted results by filter (see `counted`). */
interface Answer {
  api: Pagefind;
  found: PagefindSearch;
  /** Which of the hits are older versions, and which are versions of one group. */
  versions: VersionIndex;
  counted: boolean;
}

/** Results shown at a time, each loading the fragment of the hit it shows. */
const PAGE = 10;
/** Typing waits this long for the next key before searching. */
const DEBOUNCE_MS = 250;
/**
 * While the reader types, the words so far are prepared once the last word has this many letters:
 * a shorter prefix spans many index chunks, most of them never needed.
 */
const PRELOAD_FROM = 3;
/**
 * While Pagefind's last search took at most this long, each key prepares the whole search (its
 * answer and first results) rather than only loading index chunks: a longer search on the page's
 * thread would hold up the keys (at 5,000 generated documents a search took 100–250 ms).
 */
const PREPARE_WITHIN_MS = 40;
/** A search that takes longer than this says that it is searching. */
const SLOW_MS = 500;
/**
 * A search Pagefind has not answered in this long is started again on a fresh copy of Pagefind,
 * once, so that a reader on a bad connection (a fetch that never ends) is not left at "Söker …".
 * A second silence is reported as a failed search.
 */
const PATIENCE_MS = 10_000;
/** Answers kept for searches made again (src/lib/search/kept-answers.ts). */
const KEPT_ANSWERS = 10;

export function startSearchPage(document: Document): void {
  const root = document.getElementById('sok-ui');
  const form = document.getElementById('sok-formular') as HTMLFormElement | null;
  const input = document.getElementById('sok-fraga') as HTMLInputElement | null;
  if (!root || !form || !input) return;
  const field = input;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const filterKeys = (root.dataset.filters ?? '').split(' ').filter(Boolean);
  const status = document.getElementById('sok-status') as HTMLElement;
  const list = document.getElementById('sok-traffar') as HTMLOListElement;
  const more = document.getElementById('sok-fler') as HTMLButtonElement;
  const filterSection = document.getElementById('sok-filter') as HTMLElement;
  const fieldsets = filterSection.querySelector('[data-fieldsets]') as HTMLElement;
  const browse = root.querySelector<HTMLElement>('[data-browse]') as HTMLElement;
  const browseText = root.querySelector<HTMLElement>('[data-browse-text]') as HTMLElement;
  browse.hidden = true;

  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
  let pagefind: Promise<Pagefind> | undefined;
  let fresh = 0;
  const loadPagefind = () => {
    // A query on the address gives a module of its own, with nothing of the copy that went silent.
    const address = `${base}pagefind/pagefind.js${fresh > 0 ? `?igen=${fresh}` : ''}`;
    pagefind ??= (import(/* @vite-ignore */ address) as Promise<Pagefind>).then(async (module) => {
      // On the page's own thread, as Pagefind's component UI allows: at 1,000 documents a search
      // there takes tens of milliseconds, less than the worker's script (43 KB) and start cost.
      await module.options({ noWorker: true });
      await module.init();
      return module;
    });
    return pagefind;
  };
  // Which pages are older versions and which are versions of one group, from the list the build
  // writes beside the index. Without it (an index from elsewhere, a failed fetch) each search asks
  // Pagefind which hits are older, and groups the hits as they load.
  let versionList: Promise<VersionIndex | undefined> | undefined;
  const loadVersionList = () =>
    (versionList ??= fetch(`${base}pagefind/${VERSION_LIST_FILE}`)
      .then(async (response) => (response.ok ? readVersionList((await response.json()) as VersionList) : undefined))
      .catch(() => undefined));
  // Searches count results by filter value only once the filters are loaded: while the reader types,
  // or, on a page opened with a query, after its results are shown, so the reader does not wait.
  let filtersReady = false;
  let filtersLoading: Promise<unknown> | undefined;
  const loadFilters = (api: Pagefind) =>
    (filtersLoading ??= api.filters().then(() => {
      filtersReady = true;
    }));

  const checked = new Map<string, Set<string>>(filterKeys.map((key) => [key, new Set<string>()]));
  const loaded = new Map<string, Promise<Shown>>();
  const answers = new KeptAnswers<Answer>(KEPT_ANSWERS);
  let run = 0;
  let planned: PlannedResult<PagefindHit>[] = [];
  /** The answer being prepared for the words typed (see `prepare`). */
  let prepared: { key: string; answer: Promise<Answer | undefined> } | undefined;
  /** How long Pagefind's last search took, in milliseconds. */
  let searchMs = 0;
  /**
   * Whether Pagefind has searched once: the first search compiles its code as it goes (about 100 ms
   * more), which says nothing of how long the next will take, so it is not timed.
   */
  let compiled = false;
  let wanted = PAGE;
  let query = '';

  /**
   * A hit's data, once per query: the excerpt shows the words of the query it was loaded for, so a
   * page found again by another query is loaded again (Pagefind keeps the fragment itself).
   */
  const load = (term: string) => (hit: PagefindHit) => {
    const key = `${term}\u0000${hit.id}`;
    let shown = loaded.get(key);
    if (!shown) {
      const loading = hit.data().then((data) => ({ id: hit.id, url: entryUrl(data), meta: data.meta, excerpt: data.excerpt }));
      // A fragment that failed to load (a bad connection) is asked for again next time.
      loading.catch(() => {
        if (loaded.get(key) === loading) loaded.delete(key);
      });
      loaded.set(key, loading);
      shown = loading;
    }
    return shown;
  };

  const activeFilters = (): Filters => {
    const filters: Filters = {};
    for (const [key, values] of checked) if (values.size > 0) filters[key] = { any: [...values] };
    return filters;
  };

  async function search(focusFrom?: number) {
    const current = ++run;
    const term = field.value.trim();
    query = term;
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!term) {
      list.replaceChildren();
      more.hidden = true;
      filterSection.hidden = true;
      browse.hidden = true;
      status.textContent = '';
      return;
    }
    // Said only when a search takes a while, so a screen reader is not told it at every key.
    const slow = setTimeout(() => {
      if (current === run) status.textContent = strings.searching;
    }, SLOW_MS);
    try {
      const filters = activeFilters();
      const key = answerKey(term, filters);
      const answered: Answer | undefined =
        answers.get(key) ?? (prepared?.key === key ? await prepared.answer : await patiently(() => askPagefind(term, filters)));
      if (current !== run) return;
      if (!answered) {
        if (fresh > 0) throw new Error('Pagefind did not answer');
        fresh += 1;
        compiled = false;
        answers.clear();
        pagefind = undefined;
        filtersReady = false;
        filtersLoading = undefined;
        versionList = undefined;
        prepared = undefined;
        return void search(focusFrom);
      }
      answers.set(key, answered);
      const { api, found, versions, counted } = answered;
      const grouped = isGrouped();
      if (focusFrom === undefined) {
        planned = plan(answered);
        wanted = PAGE;
        // Only the query shown can ask for more of its results.
        for (const key of loaded.keys()) if (!key.startsWith(`${term}\u0000`)) loaded.delete(key);
      }
      const page = planned.slice(0, wanted);
      const shown = (await Promise.all(page.map((result) => loadResult(term, result, versions)))).flat();
      if (current !== run) return;
      const groups = groupResults(term, shown, { grouped });
      // The filter counts below load after the results: "Söker …" must not replace the count.
      clearTimeout(slow);
      renderResults(groups, focusFrom);
      more.hidden = wanted >= planned.length;
      // How many planned results the list shows, for tests that open every page of results.
      list.dataset.hits = String(page.length);
      announce(
        found.results.length,
        groups.some((group) => group.others.length > 0),
      );
      if (counted) renderFilters(found.filters);
      else {
        await loadFilters(api);
        if (current !== run) return;
        const recounted = await api.search(term, { filters });
        answers.set(key, { ...answered, found: recounted, counted: true });
        if (current === run) renderFilters(recounted.filters);
      }
    } catch (error) {
      if (current !== run) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      browseText.textContent = strings.failed;
      browse.hidden = false;
      status.textContent = strings.failed;
    } finally {
      clearTimeout(slow);
    }
  }

  /** Pagefind's answer to a search, with what the page knows of the versions of its hits. */
  async function askPagefind(term: string, filters: Filters): Promise<Answer> {
    const listed = loadVersionList();
    const api = await loadPagefind();
    // Pagefind counts by filter only in a search begun after the filters loaded, which may be
    // while this one runs (the page loads them while the reader types).
    const counted = filtersReady;
    // Timed without loading its index chunks: what the search itself costs the page's thread.
    await api.preload(term, { filters });
    const started = performance.now();
    const found = await api.search(term, { filters });
    if (compiled) searchMs = performance.now() - started;
    compiled = true;
    // Without the list, the same search limited to older versions says which hits are older,
    // without loading any; after the first, so that it finds the index chunks loaded.
    const versions =
      (await listed) ??
      olderOnly(new Set((await api.search(term, { filters: { ...filters, [OLDER_FILTER]: OLDER_VALUE } })).results.map((hit) => hit.id)));
    return { api, found, versions, counted };
  }

  /**
   * Searches the words typed so far and loads their first results without showing them, so that
   * the search at Enter, or after the pause, has only to show them. Nothing is announced. A search
   * of words the reader has typed on is not continued.
   */
  async function prepare(term: string): Promise<void> {
    const filters = activeFilters();
    const key = answerKey(term, filters);
    if (answers.get(key) || prepared?.key === key) return;
    const answer = patiently(() => askPagefind(term, filters));
    prepared = { key, answer };
    // Only the query shown and the words typed keep their loaded results.
    for (const loadedKey of loaded.keys()) {
      if (!loadedKey.startsWith(`${term}\u0000`) && !loadedKey.startsWith(`${query}\u0000`)) loaded.delete(loadedKey);
    }
    const answered = await answer.catch(() => undefined);
    if (!answered || field.value.trim() !== term) return;
    const first = plan(answered).slice(0, PAGE);
    await Promise.all(first.map((result) => loadResult(term, result, answered.versions))).catch(() => undefined);
  }

  /** Older versions are results of their own once the reader picks a status. */
  function isGrouped(): boolean {
    return (checked.get('status')?.size ?? 0) === 0;
  }

  /** An answer's hits as the results they will be (src/lib/search/rank-results.ts), none loaded. */
  function plan({ found, versions }: Answer): PlannedResult<PagefindHit>[] {
    const ordered = orderByStanding(found.results, versions.older);
    return planResults(ordered, versions.groupOf, versions.older, { grouped: isGrouped() });
  }

  /**
   * A result's hits: the one it shows loaded, the others listed from the build's list, unless the
   * query is the key of one (it is then a result of its own, and shown in full) or the list does
   * not have it.
   */
  async function loadResult(term: string, { main, others }: PlannedResult<PagefindHit>, versions: VersionIndex): Promise<Shown[]> {
    const shown = load(term)(main);
    const group = shown.then((hit) => hit.meta.group);
    return Promise.all([
      shown,
      ...others.map(async (hit) => {
        const listed = versions.listed.get(hit.id);
        return listed && !isExactMatch(term, listed.meta) ? { ...listedHit(listed, await group, base), excerpt: '' } : load(term)(hit);
      }),
    ]);
  }

  /** The work's result, or undefined when it has not ended within PATIENCE_MS. */
  function patiently<T>(work: () => Promise<T>): Promise<T | undefined> {
    return new Promise<T | undefined>((resolve, reject) => {
      const limit = setTimeout(() => resolve(undefined), PATIENCE_MS);
      work().then(
        (value) => {
          clearTimeout(limit);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(limit);
          reject(error);
        },
      );
    });
  }

  function announce(count: number, grouped: boolean) {
    const fill = (text: string) => text.replace('{n}', String(count)).replace('{q}', query);
    if (count === 0) {
      status.textContent = `${fill(strings.none)} ${strings.noneHint}`;
      browseText.textContent = strings.noneHint;
      browse.hidden = false;
      return;
    }
    browse.hidden = true;
    status.textContent = `${fill(count === 1 ? strings.oneResult : strings.results)}${grouped ? ` ${strings.grouped}` : ''}`;
  }

  function renderFilters(counts: PagefindSearch['filters']) {
    const active = document.activeElement;
    const focused =
      active instanceof HTMLInputElement && fieldsets.contains(active) ? { name: active.name, value: active.value } : undefined;
    const sets: HTMLFieldSetElement[] = [];
    for (const key of filterKeys) {
      const values = Object.entries(counts[key] ?? {})
        // A value that would give nothing is not offered, unless the reader has already ticked it.
        .filter(([value, count]) => count > 0 || checked.get(key)?.has(value))
        .sort(([a], [b]) => a.localeCompare(b, 'sv'));
      if (values.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = strings.filters[key] ?? key;
      fieldset.append(legend);
      if (key === 'status') {
        const hint = document.createElement('p');
        hint.className = 'search-hint';
        hint.id = 'sok-status-hint';
        hint.textContent = strings.statusHint;
        fieldset.setAttribute('aria-describedby', hint.id);
        fieldset.append(hint);
      }
      for (const [index, [value, count]] of values.entries()) {
        const id = `filter-${key}-${index}`;
        const row = document.createElement('div');
        row.className = 'search-filter';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = key;
        box.value = value;
        box.checked = checked.get(key)?.has(value) ?? false;
        box.addEventListener('change', () => {
          const set = checked.get(key);
          if (box.checked) set?.add(value);
          else set?.delete(value);
          void search();
        });
        const label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = `${value} (${count})`;
        row.append(box, label);
        fieldset.append(row);
      }
      sets.push(fieldset);
    }
    fieldsets.replaceChildren(...sets);
    filterSection.hidden = sets.length === 0;
    // Rebuilt after each change: keep the keyboard where it was.
    if (focused) {
      const boxes = [...fieldsets.querySelectorAll<HTMLInputElement>('input')];
      (boxes.find((box) => box.name === focused.name && box.value === focused.value) ?? boxes[0] ?? field).focus();
    }
  }

  function renderResults(groups: ResultGroup<Shown>[], focusFrom?: number) {
    list.replaceChildren(...groups.map(resultItem));
    if (focusFrom !== undefined) list.querySelectorAll<HTMLAnchorElement>('h2 a')[Math.min(focusFrom, groups.length - 1)]?.focus();
  }

  function resultItem({ main, others }: ResultGroup<Shown>): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = main.url;
    link.textContent = unmarkCompoundParts(main.meta.title ?? main.url);
    heading.append(link);

    const facts = document.createElement('p');
    facts.className = 'search-result-facts';
    const kind = [main.meta.kind, main.meta.program && main.meta.program !== main.meta.title ? main.meta.program : undefined];
    if (main.meta.versionLabel && main.meta.kind !== undefined) kind.push(main.meta.versionLabel);
    for (const text of kind.filter(Boolean)) facts.append(span('search-result-kind', text as string));
    if (main.meta.status) facts.append(span(`search-result-status${main.meta.older ? ' is-older' : ''}`, main.meta.status));

    const details = [
      main.meta.dnr && `${strings.dnr} ${main.meta.dnr}`,
      main.meta.decidedBy && `${strings.decidedBy} ${main.meta.decidedBy.charAt(0).toLowerCase()}${main.meta.decidedBy.slice(1)}`,
      main.meta.date,
    ].filter((text): text is string => Boolean(text));

    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    excerpt.append(...excerptNodes(document, main.excerpt));

    item.append(heading, facts);
    if (details.length > 0) {
      const line = document.createElement('p');
      line.className = 'search-result-details';
      line.textContent = details.join(' · ');
      item.append(line);
    }
    item.append(excerpt);
    if (others.length > 0) {
      const also = document.createElement('p');
      also.className = 'search-result-also';
      also.append(`${strings.alsoIn} `);
      const labels = alsoInLabels(others);
      others.forEach((other, index) => {
        if (index > 0) also.append(', ');
        const a = document.createElement('a');
        a.href = other.url;
        a.textContent = labels[index] ?? other.url;
        also.append(a);
      });
      item.append(also);
    }
    return item;
  }

  function span(className: string, text: string) {
    const element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  field.addEventListener('input', () => {
    clearTimeout(timer);
    const loading = loadPagefind();
    const term = field.value.trim();
    // The search that follows, after the pause or at Enter, finds its answer and first results
    // loaded, or where a search takes too long to run at every key, its index chunks.
    if ((term.split(/\s+/).at(-1)?.length ?? 0) >= PRELOAD_FROM) {
      if (searchMs <= PREPARE_WITHIN_MS) void prepare(term);
      else {
        const filters = activeFilters();
        void loading.then((api) => api.preload(term, { filters })).catch(() => undefined);
      }
    }
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  });
  field.addEventListener('focus', () => void loadPagefind(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  more.addEventListener('click', () => {
    clearTimeout(timer);
    // The query was changed and not yet searched: search it, rather than show more of the last one.
    if (field.value.trim() !== query) return void search();
    const before = list.children.length;
    wanted += PAGE;
    void search(before);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    field.value = initial;
    void search();
  } else {
    // The page exists to search: Pagefind and its filters load while the reader starts typing, so
    // the first search fetches only its own index chunk and results.
    // A failure here is the search's to report, when there is one.
    whenIdle(() => {
      void loadVersionList();
      void loadPagefind()
        .then(async (api) => {
          await loadFilters(api);
          await warmUp(api);
          compiled = true;
        })
        .catch(() => undefined);
    });
  }
}

/**
 * A browser compiles Pagefind's search and unpacking code on first use, which cost the reader's
 * first search about 100 ms of its 300 (measured with `npm run bench`). A search by filter alone
 * and one page's data take those paths while the reader types, and load no index chunk: only one
 * result fragment, a kilobyte or two.
 */
async function warmUp(api: Pagefind): Promise<void> {
  const found = await api.search(null, { filters: { [OLDER_FILTER]: OLDER_VALUE } });
  await found.results[0]?.data();
}

function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1_000 });
  else setTimeout(work, 200);
}

/**
 * A page of many entries (the glossary) links to the entry the first word found is in: the last
 * entry (an element with an id, not a heading) that starts before it.
 */
function entryUrl(data: PagefindData): string {
  if (!data.meta.entries) return data.url;
  const [first] = data.locations;
  const entry = data.anchors.filter((anchor) => !/^h\d$/.test(anchor.element) && first !== undefined && anchor.location <= first).at(-1);
  return entry ? `${data.url}#${entry.id}` : data.url;
}

/** Pagefind's excerpt as text and <mark> elements only, compound marks removed. */
function excerptNodes(document: Document, html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes: Node[] = [];
  for (const node of template.content.childNodes) {
    const text = unmarkCompoundParts(node.textContent ?? '');
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(text));
  }
  return nodes;
}
