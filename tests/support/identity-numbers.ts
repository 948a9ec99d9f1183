// Identity numbers for tests, made at run time so that no real-looking personnummer is committed.
// The Luhn digit is computed here independently of src/lib/checks/personnummer.ts.

/** A valid personnummer for a date written YYYYMMDD and a three-digit serial, as YYMMDD-NNNC. */
export function testPersonnummer(date: string, serial: string, options: { dayOffset?: number; long?: boolean } = {}): string {
  const day = String(Number(date.slice(6, 8)) + (options.dayOffset ?? 0)).padStart(2, '0');
  const nine = `${date.slice(2, 6)}${day}${serial}`;
  const digits = [...nine].map(Number);
  const sum = digits.reduce((total, digit, index) => {
    const product = index % 2 === 0 ? digit * 2 : digit;
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  const check = (10 - (sum % 10)) % 10;
  const short = `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
  return options.long ? `${date.slice(0, 2)}${short.replace('-', '')}` : short;
}

/** The same number with its check digit changed, so that it fails the Luhn check. */
export function withWrongCheckDigit(number: string): string {
  const last = Number(number.at(-1));
  return `${number.slice(0, -1)}${(last + 1) % 10}`;
}
