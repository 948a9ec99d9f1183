import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { urls } from '#lib/routes/urls.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

export interface Change {
  date: string;
  title: string;
  href: string;
  /** Key of the document type in the UI dictionary. */
  type: 'version' | 'anvisning' | 'remissvar' | 'remiss';
}

/** The newest dated events in the corpus (decisions, statements, remisser), newest first. */
export function latestChanges(corpus: Corpus, limit = 6): Change[] {
  const changes: Change[] = [];
  for (const program of corpus.programs) {
    for (const version of program.versions) {
      const date = version.data.beslutsdatum;
      if (date) changes.push({ date, title: version.data.titel, href: urls.version(program.id, version.id), type: 'version' });
    }
  }
  for (const anvisning of corpus.anvisningar) {
    for (const version of anvisning.versions) {
      const date = version.data.beslutsdatum;
      if (date) changes.push({ date, title: version.data.titel, href: urls.anvisningVersion(anvisning.id, version.id), type: 'anvisning' });
    }
  }
  for (const remiss of corpus.remisser) {
    changes.push({ date: remiss.data.skickad, title: remiss.data.titel, href: urls.remiss(remiss.id), type: 'remiss' });
    for (const answer of remiss.remissvar) {
      const name = corpus.organisation(answer.organisationId)?.data.namn ?? answer.organisationId;
      changes.push({
        date: answer.data.datum,
        title: `${name}: ${answer.data.titel}`,
        href: urls.remissvar(remiss.id, answer.organisationId),
        type: 'remissvar',
      });
    }
  }
  return changes.sort((a, b) => b.date.localeCompare(a.date) || compareSwedish(a.title, b.title)).slice(0, limit);
}
