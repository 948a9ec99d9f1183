import { describe, expect, it } from 'vitest';
import { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { checkAnswerDates } from '#lib/consultation/answer-dates.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';

const entry = <T>(id: string, data: T) => ({ id, path: `content/${id}`, data, body: '' }) as ContentEntry<T>;
const remiss = entry('sakerhetsprogrammet-2024', { skickad: '2023-11-20' } as never);
const organisations = [entry('rinkeby-kista', { upphorde: '2023-06-30' } as never), entry('jarva', { bildad: '2023-07-01' } as never)];
const problems = (answers: [string, string][]) => {
  const report = new ProblemReporter();
  checkAnswerDates(
    answers.map(([id, datum]) => entry(id, { datum } as never)),
    [remiss],
    organisations,
    report,
  );
  return report.problems.map((problem) => `${problem.severity} ${problem.code}: ${problem.message}`);
};

describe('checkAnswerDates', () => {
  it('warns of an answer dated before the remiss was sent, with both dates', () => {
    expect(problems([['sakerhetsprogrammet-2024/jarva', '2023-11-19']])).toEqual([
      'varning consultation/answer-before-remiss: remissvaret är daterat 2023-11-19, före remissen "sakerhetsprogrammet-2024" skickades 2023-11-20.',
    ]);
  });

  it('warns of an answer from a body that had ceased by its date, with both dates', () => {
    expect(problems([['sakerhetsprogrammet-2024/rinkeby-kista', '2024-01-23']])).toEqual([
      'varning consultation/answer-after-ceased: remissvaret är daterat 2024-01-23, men organisationen "rinkeby-kista" upphörde 2023-06-30.',
    ]);
  });

  it('accepts an answer on the day the remiss was sent, from a body that still exists', () => {
    expect(problems([['sakerhetsprogrammet-2024/jarva', '2023-11-20']])).toEqual([]);
  });
});
