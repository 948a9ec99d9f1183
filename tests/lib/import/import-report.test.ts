import { describe, expect, it } from 'vitest';
import { importReport } from '#lib/import/import-report.ts';
import { proposedKommentarer } from '#lib/import/proposed-kommentarer.ts';
import { readStatement } from '#lib/import/read-statement.ts';
import { statementMetadata } from '#lib/import/statement-metadata.ts';
import { contentContext, SEED } from './import-context.ts';

describe('the report after an import', () => {
  it('lists every field found with its source, the comments proposed and nothing missing for the seed statement', async () => {
    const document = await readStatement(SEED);
    const context = await contentContext();
    const metadata = statementMetadata(document, 'jarva-2023-665.txt', context);
    const proposals = proposedKommentarer(
      document.blocks,
      context.remisser.find((remiss) => remiss.id === metadata.remissId)?.sections ?? [],
    );
    const report = importReport('jarva-2023-665.txt', document, metadata, proposals).split('\n');
    expect(report.slice(0, 2)).toEqual(['Import av jarva-2023-665.txt (text):', 'Hittade fält:']);
    expect(report).toContain('  dnr: "JÄRVA 2023/665" – från brevhuvudet: "Dnr JÄRVA 2023/665"');
    expect(report).toContain('  sammantrade: "2024-02-22" – från brevhuvudet, under mottagaren: "2024-02-22"');
    expect(report).toContain('  handlaggare: Caroline Teir, 08-50802622 – från brevhuvudet: "Caroline Teir" under "Handläggare"');
    expect(report).toContain('  organisation: jarva – från mottagaren "Järva stadsdelsnämnd"');
    expect(report).toContain('Alla fält hittades.');
    expect(report).toContain('Föreslagna kommentarer (5), att bekräfta en och en:');
    expect(report).toContain('  k5: synpunkt (efter "kostnader"), avsnitt krisstod (efter "krisstöd")');
    expect(report.some((line) => line.startsWith('Att kontrollera'))).toBe(false);
  });
});
