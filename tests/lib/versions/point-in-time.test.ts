import { describe, expect, it } from 'vitest';
import { programPeriods, programPeriodStarts } from '#lib/versions/applicable-documents.ts';
import { addDays, periodChanges, periodOn, periods, validities } from '#lib/versions/point-in-time.ts';
import { fixtureCorpus } from '../../support/corpus.ts';

describe('validities', () => {
  it('uses stated validity, else the decision until the next decided version, and never a draft or remiss version', () => {
    expect(
      validities([
        { status: 'ersatt', beslutsdatum: '2020-03-23', giltighet: { fran: '2020-04-01', till: '2023-12-31' } },
        { status: 'remissversion' },
        { status: 'ersatt', beslutsdatum: '2024-03-11' },
        { status: 'gallande', beslutsdatum: '2025-06-01', giltighet: { fran: '2025-07-01' } },
        { status: 'utkast' },
      ]),
    ).toEqual([
      { from: '2020-04-01', to: '2023-12-31' },
      undefined,
      { from: '2024-03-11', to: '2025-06-30' },
      { from: '2025-07-01' },
      undefined,
    ]);
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('periods', () => {
  const list = periods([
    { item: 'program 2020', validity: { from: '2020-04-01', to: '2023-12-31' } },
    { item: 'anvisning 2022', validity: { from: '2022-05-10' } },
    { item: 'program 2024', validity: { from: '2024-03-11' } },
  ]);

  it('cuts time wherever something starts or stops applying', () => {
    expect(list).toEqual([
      { from: '2020-04-01', to: '2022-05-09', items: ['program 2020'] },
      { from: '2022-05-10', to: '2023-12-31', items: ['program 2020', 'anvisning 2022'] },
      { from: '2024-01-01', to: '2024-03-10', items: ['anvisning 2022'] },
      { from: '2024-03-11', to: undefined, items: ['anvisning 2022', 'program 2024'] },
    ]);
  });

  it('answers what applied on a date', () => {
    expect(periodOn(list, '2023-12-31')?.items).toEqual(['program 2020', 'anvisning 2022']);
    expect(periodOn(list, '2024-02-01')?.items).toEqual(['anvisning 2022']);
    expect(periodOn(list, '2030-01-01')?.from).toBe('2024-03-11');
    expect(periodOn(list, '2019-01-01')).toBeUndefined();
  });

  it('tells what started and stopped applying as each period began', () => {
    expect(periodChanges(list).map(({ period, started, ended }) => [period.from, started, ended])).toEqual([
      ['2020-04-01', ['program 2020'], []],
      ['2022-05-10', ['anvisning 2022'], []],
      ['2024-01-01', [], ['program 2020']],
      ['2024-03-11', ['program 2024'], []],
    ]);
  });
});

describe('programPeriods (fixture corpus)', async () => {
  const corpus = await fixtureCorpus();
  const byProgram = programPeriods(corpus);
  const applying = (programId: string, date: string) =>
    periodOn(byProgram.get(programId) ?? [], date)?.items.map((item) =>
      item.type === 'version' ? `${item.program.id}/${item.version.id}` : `${item.anvisning.id}/${item.version.id}`,
    );

  it('lists the program version in force together with the anvisningar that complete it', () => {
    expect(applying('alfa', '2022-06-01')).toEqual(['alfa/2020', 'larm/2022']);
  });

  it('leaves out remiss versions, drafts and what has stopped applying', () => {
    expect(applying('alfa', '2024-06-01')).toEqual(['larm/2022']);
    expect(applying('beta', '2024-06-01')).toEqual(['beta/2024', 'paverkan/2024']);
    expect(applying('delta', '2024-06-01')).toEqual(['delta/2023']);
    expect(applying('alfa', '2020-01-01')).toBeUndefined();
  });

  it("cuts each program's time only where its own documents change", () => {
    expect(byProgram.get('beta')?.map((period) => period.from)).toEqual(['2024-04-08']);
    expect(byProgram.get('delta')?.map((period) => period.from)).toEqual(['2023-12-11']);
    expect(byProgram.get('alfa')?.map((period) => period.from)).not.toContain('2024-04-08');
    expect(new Map([...programPeriodStarts(corpus)])).toEqual(
      new Map([...byProgram].map(([programId, periods]) => [programId, periods.map((period) => period.from)])),
    );
  });
});
