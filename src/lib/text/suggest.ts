import { distance } from 'fastest-levenshtein';

/**
 * The known IDs nearest to a mistyped one, best first, for "menade du …" hints. An ID that
 * contains or is contained in the wrong one counts as near even when it is much longer.
 */
export function nearestIds(wrong: string, known: Iterable<string>, limit = 3): string[] {
  const scored: { id: string; score: number }[] = [];
  for (const id of new Set(known)) {
    const edits = distance(wrong, id);
    const related = id.includes(wrong) || wrong.includes(id);
    const threshold = Math.max(2, Math.ceil(Math.max(wrong.length, id.length) * 0.4));
    if (edits <= threshold || related) scored.push({ id, score: related ? Math.min(edits, 1) : edits });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** "Menade du "a" eller "b"?" — or a list of what exists when nothing is near. */
export function didYouMean(wrong: string, known: Iterable<string>): string {
  const all = [...new Set(known)].sort();
  const near = nearestIds(wrong, all);
  if (near.length > 0) return `Menade du ${near.map((id) => `"${id}"`).join(' eller ')}?`;
  if (all.length === 0) return 'Det finns inga giltiga värden här ännu.';
  const shown = all
    .slice(0, 8)
    .map((id) => `"${id}"`)
    .join(', ');
  return `Giltiga värden: ${shown}${all.length > 8 ? ' …' : ''}.`;
}
