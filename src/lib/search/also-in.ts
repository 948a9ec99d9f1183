/**
 * The link texts of the versions a result lists under it ("Också i 2020–2023, remissversion 2024"):
 * each version's short label, and where two share one (two sections of 2020–2023 merged into the
 * one shown), the label with the section's title, so that no two links say the same and lead to
 * different pages.
 */
import type { LoadedHit } from './rank-results.ts';

export function alsoInLabels(others: readonly LoadedHit[]): string[] {
  const label = (hit: LoadedHit) => hit.meta.versionLabel ?? hit.meta.title ?? hit.url;
  const counts = new Map<string, number>();
  for (const hit of others) counts.set(label(hit), (counts.get(label(hit)) ?? 0) + 1);
  return others.map((hit) => {
    const text = label(hit);
    return (counts.get(text) ?? 0) > 1 && hit.meta.versionLabel && hit.meta.title ? `${text}: ${hit.meta.title}` : text;
  });
}
