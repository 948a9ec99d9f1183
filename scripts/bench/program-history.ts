// A program's history for the benchmark corpus: versions whose sections are renamed, merged,
// split, moved to other programs, removed and added, each change declared as the content check
// demands (`harkomst`).
import { asciiSlug } from '#lib/text/slug.ts';
import { PROGRAM_AREAS, PROGRAM_NAMES, SUBTOPICS, TOPICS } from './city.ts';
import { date, lowerFirst } from './corpus-format.ts';
import type { Random } from './random.ts';
import { paragraph, paragraphs } from './swedish-text.ts';

export interface Section {
  id: string;
  title: string;
  text: string;
  children: Section[];
}

export type Claim =
  | { typ: 'ny'; till: string }
  | { typ: 'borttagen'; fran: string }
  | { typ: 'omdopt'; fran: string; till: string }
  | { typ: 'sammanslagen'; fran: string[]; till: string }
  | { typ: 'delad'; fran: string; till: string[] }
  | { typ: 'flyttad'; fran: string; till: string };

export interface Version {
  id: string;
  from: number;
  status: 'ersatt' | 'gallande' | 'remissversion';
  beslutsdatum?: string;
  sections: Section[];
  claims: Claim[];
  previousId?: string;
}

export interface Program {
  id: string;
  namn: string;
  kortnamn: string;
  versions: Version[];
  usedIds: Set<string>;
}

export const FIXED_TOPS = ['Om programmet', 'Övergripande mål'];
export const flatten = (sections: Section[]) => sections.flatMap((top) => [top, ...top.children]);

/** The `index`th program of the corpus with all its versions; sections may move to `earlier` programs. */
export function programHistory(random: Random, index: number, documents: number, earlier: Program[]): Program {
  const [baseName, baseShort] = PROGRAM_NAMES[index % PROGRAM_NAMES.length] as [string, string];
  const round = Math.floor(index / PROGRAM_NAMES.length);
  const area =
    round === 0 ? '' : ` för ${PROGRAM_AREAS[(round - 1) % PROGRAM_AREAS.length]}${round > PROGRAM_AREAS.length ? ` ${round}` : ''}`;
  const program: Program = {
    id: asciiSlug(`${baseShort}${area}`),
    namn: `${baseName}${area}`,
    kortnamn: `${baseShort}${area}`,
    versions: [],
    usedIds: new Set(),
  };
  const versionCount = documents < 100 ? 2 : random.int(2, 5);
  const firstYear = 2000 + random.int(0, 8);
  const topics = random.shuffle(TOPICS);
  const newId = (title: string) => {
    const base = asciiSlug(title);
    let id = base;
    for (let n = 2; program.usedIds.has(id); n++) id = `${base}-${n}`;
    program.usedIds.add(id);
    return id;
  };
  const section = (title: string, withChildren: boolean): Section => {
    const id = newId(title);
    const children = withChildren
      ? random
          .sample(SUBTOPICS, random.int(0, 3))
          .map((sub) => ({ id: newId(`${id}-${sub}`), title: sub, text: paragraphs(random, 1, 2), children: [] }))
      : [];
    return { id, title, text: paragraphs(random, 1, 4), children };
  };
  const nextTopic = () => topics.shift() ?? `Fokusområde ${program.usedIds.size}`;

  for (let v = 0; v < versionCount; v++) {
    const from = firstYear + v * 4;
    const isDraft = v === versionCount - 1 && versionCount > 2 && random.chance(0.5);
    const previous = program.versions.at(-1);
    const version: Version = {
      id: isDraft ? `${from}-remiss` : `${from}-${from + 3}`,
      from,
      status: isDraft ? 'remissversion' : 'ersatt',
      ...(isDraft ? {} : { beslutsdatum: date(from - 1, random.int(3, 11), random.int(1, 28)) }),
      sections: [],
      claims: [],
      ...(previous ? { previousId: previous.id } : {}),
    };
    if (!previous) {
      version.sections = [
        ...FIXED_TOPS.map((title) => section(title, false)),
        ...Array.from({ length: random.int(6, 12) }, () => section(nextTopic(), true)),
      ];
    } else {
      reviseSections(random, previous, version, { program, earlier, section, nextTopic, newId });
    }
    program.versions.push(version);
  }
  const decided = program.versions.filter((version) => version.status !== 'remissversion');
  (decided.at(-1) as Version).status = 'gallande';
  return program;
}

interface ReviseContext {
  program: Program;
  earlier: Program[];
  section: (title: string, withChildren: boolean) => Section;
  nextTopic: () => string;
  newId: (title: string) => string;
}

/**
 * The next version's sections from the previous one's, with a claim for every section that does
 * not keep its ID: the kinds of change the content check knows (and the city's programs show).
 */
function reviseSections(random: Random, previous: Version, version: Version, context: ReviseContext) {
  const { claims } = version;
  const next: Section[] = [];
  const untouched: Section[] = [];
  const copy = (section: Section): Section => ({
    ...section,
    text: random.chance(0.3) ? paragraphs(random, 1, 4) : section.text,
    children: section.children.map((child) => ({ ...child })),
  });

  for (const [index, top] of previous.sections.entries()) {
    const roll = random.next();
    if (index < FIXED_TOPS.length) {
      next.push(copy(top));
    } else if (roll < 0.05) {
      for (const gone of [top, ...top.children]) claims.push({ typ: 'borttagen', fran: gone.id });
    } else if (roll < 0.09 && top.children.length === 0 && context.earlier.length > 0) {
      const other = random.pick(context.earlier);
      // Not a section the other program calls new: the content check holds both sides to one story.
      const declaredNew = new Set(other.versions.flatMap((v) => v.claims.flatMap((claim) => (claim.typ === 'ny' ? [claim.till] : []))));
      const target = random.pick(flatten(random.pick(other.versions).sections).filter((candidate) => !declaredNew.has(candidate.id)));
      claims.push({ typ: 'flyttad', fran: top.id, till: `${other.id}:${target.id}` });
    } else if (roll < 0.13 && top.children.length === 0) {
      const parts = [`${top.title} i vardagen`, `${top.title} under höjd beredskap`].map((title) => ({
        ...context.section(title, false),
      }));
      claims.push({ typ: 'delad', fran: top.id, till: parts.map((part) => part.id) });
      next.push(...parts);
    } else if (roll < 0.2) {
      const title = context.nextTopic();
      const renamed = { ...copy(top), id: context.newId(title), title };
      claims.push({ typ: 'omdopt', fran: top.id, till: renamed.id });
      next.push(renamed);
    } else {
      const kept = copy(top);
      if (roll < 0.3) kept.title = `${top.title} och ${lowerFirst(random.pick(SUBTOPICS))}`;
      if (kept.children.length > 0 && random.chance(0.05)) {
        const [gone] = kept.children.splice(random.int(0, kept.children.length - 1), 1);
        if (gone) claims.push({ typ: 'borttagen', fran: gone.id });
      }
      if (random.chance(0.1)) {
        const child: Section = {
          id: context.newId(`${kept.id}-${random.pick(SUBTOPICS)}`),
          title: random.pick(SUBTOPICS),
          text: paragraph(random),
          children: [],
        };
        kept.children.push(child);
        claims.push({ typ: 'ny', till: child.id });
      }
      next.push(kept);
      untouched.push(kept);
    }
  }

  // Two sections that kept their IDs become one.
  if (untouched.length >= 2 && random.chance(0.35)) {
    const position = random.int(0, untouched.length - 2);
    const [a, b] = [untouched[position] as Section, untouched[position + 1] as Section];
    const title = `${a.title.split(' och ')[0]} och ${lowerFirst(b.title.split(' och ')[0] ?? b.title)}`;
    const merged: Section = { id: context.newId(title), title, text: `${a.text}\n\n${b.text}`, children: [...a.children, ...b.children] };
    claims.push({ typ: 'sammanslagen', fran: [a.id, b.id], till: merged.id });
    next.splice(next.indexOf(a), 1, merged);
    next.splice(next.indexOf(b), 1);
  }

  for (let n = random.int(1, 2); n > 0; n--) {
    const added = context.section(context.nextTopic(), true);
    for (const section of [added, ...added.children]) claims.push({ typ: 'ny', till: section.id });
    next.push(added);
  }
  version.sections = next;
}
