import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '#schemas/common.ts';

const messageFor = (value: string) => isoDateSchema.safeParse(value).error?.issues[0]?.message;

describe('a date in the fields', () => {
  it('accepts a date of the calendar, 29 February of a leap year too', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDateSchema.parse('2023-12-31')).toBe('2023-12-31');
  });

  it('says when a date of the right form does not exist, and how many days the month has', () => {
    expect(messageFor('2024-02-30')).toBe('är ett datum som inte finns: februari 2024 har 29 dagar');
    expect(messageFor('2023-02-29')).toBe('är ett datum som inte finns: februari 2023 har 28 dagar');
    expect(messageFor('2024-04-31')).toBe('är ett datum som inte finns: april 2024 har 30 dagar');
    expect(messageFor('2024-13-01')).toBe('är inget datum: månaden ska vara 01–12');
  });

  it('asks for the form when the text is of another form', () => {
    expect(messageFor('23/1 2024')).toBe('ska vara ett datum i formen ÅÅÅÅ-MM-DD');
    expect(messageFor('2024-1-23')).toBe('ska vara ett datum i formen ÅÅÅÅ-MM-DD');
  });
});
