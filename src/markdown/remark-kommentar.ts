import type { Heading, Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';

export interface KommentarSectionLink {
  href: string;
  /** Number and title, e.g. "4.1.1 Krisstöd". */
  label: string;
}

/** What became of a comment after the remiss, as the reader sees it below the comment. */
export interface KommentarHandlingNote {
  /** The outcome as an ID, e.g. "delvis-beaktad", for styling. */
  utfall: string;
  /** The whole lead in words, e.g. "Hantering: Delvis beaktad." */
  lead: string;
  /** Why, from the beredning. */
  reason: string;
  /** Text before the changed sections, e.g. "Ändrade i Stockholms stads säkerhetsprogram:". */
  changedLead?: string;
  changed: KommentarSectionLink[];
}

export interface RemarkKommentarOptions {
  /** Finds where a section ID of the version under consultation is published; undefined if unknown. */
  resolveSection: (sectionId: string) => KommentarSectionLink | undefined;
  /** The visible label of a stance, e.g. "Tillstyrker". */
  stanceLabel: (stallning: string) => string;
  /** Text before the list of sections, e.g. "om". */
  concerningWord?: string;
  /** How the comment with this ID was handled, if recorded; shown at the end of the comment. */
  resolveHandling?: (kommentarId: string) => KommentarHandlingNote | undefined;
  /**
   * The level of the page's heading the text stands under (default 2, "Yttrandet"): a comment's
   * label is a heading one level below the nearest heading before it, or below this one.
   */
  headingDepth?: number;
}

/**
 * Turns `:::kommentar{#k1 avsnitt="…" stallning="…"}` around a passage into a marked region: a
 * `<section>` with the passage unchanged, named by a heading that states the stance in words
 * (never colour alone) and links to each section the comment concerns. The heading sits one level
 * below the statement's heading before it, so the page's outline holds every comment in place.
 */
export default function remarkKommentar(options: RemarkKommentarOptions) {
  const concerning = options.concerningWord ?? 'om';
  return (tree: Root) => {
    let above = options.headingDepth ?? 2;
    visit(tree, (node) => {
      if (node.type === 'heading') above = (node as Heading).depth;
      if (node.type !== 'containerDirective' || (node as ContainerDirective).name !== 'kommentar') return;
      kommentarRegion(node as ContainerDirective, Math.min(6, above + 1) as Heading['depth']);
      // Its own label is a heading too: the next comment still belongs under the statement's heading.
      return SKIP;
    });
  };

  function kommentarRegion(node: ContainerDirective, depth: Heading['depth']) {
    const id = node.attributes?.id ?? '';
    const stallning = node.attributes?.stallning ?? '';
    const sections = (node.attributes?.avsnitt ?? '').split(/\s+/).filter(Boolean);
    const labelId = `kommentar-${id}-etikett`;

    const label: Heading = {
      type: 'heading',
      depth,
      data: { hProperties: { className: ['kommentar-etikett'], id: labelId } },
      children: [
        { type: 'strong', children: [{ type: 'text', value: options.stanceLabel(stallning) }] },
        { type: 'text', value: ` ${concerning} ` },
        ...sections.flatMap((sectionId, index) => {
          const link = options.resolveSection(sectionId);
          const separator = index === 0 ? [] : [{ type: 'text' as const, value: ', ' }];
          const target = link
            ? { type: 'link' as const, url: link.href, children: [{ type: 'text' as const, value: link.label }] }
            : { type: 'text' as const, value: sectionId };
          return [...separator, target];
        }),
      ],
    };

    const handling = options.resolveHandling?.(id);
    node.children = [label, ...node.children, ...(handling ? [handlingNode(handling)] : [])];
    node.data = {
      ...node.data,
      hName: 'section',
      hProperties: {
        id: `kommentar-${id}`,
        className: ['kommentar', `kommentar-${stallning}`],
        'aria-labelledby': labelId,
        'data-stallning': stallning,
      },
    };
  }
}

/** A `<div class="kommentar-hantering">` closing the comment: the outcome, the reason, the changed sections. */
function handlingNode(note: KommentarHandlingNote): ContainerDirective {
  const paragraphs: Paragraph[] = [
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: note.lead }] },
        { type: 'text', value: ` ${note.reason}` },
      ],
    },
  ];
  if (note.changed.length > 0) {
    paragraphs.push({
      type: 'paragraph',
      children: [
        { type: 'text', value: `${note.changedLead ?? ''} ` },
        ...note.changed.flatMap((link, index) => [
          ...(index === 0 ? [] : [{ type: 'text' as const, value: ', ' }]),
          { type: 'link' as const, url: link.href, children: [{ type: 'text' as const, value: link.label }] },
        ]),
      ],
    });
  }
  return {
    type: 'containerDirective',
    name: 'hantering',
    children: paragraphs,
    data: { hName: 'div', hProperties: { className: ['kommentar-hantering', `hantering-${note.utfall}`] } },
  };
}
