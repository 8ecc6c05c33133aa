/**
 * Money is a decimal string in euros with two decimals ("7943.51"), handled
 * as integer cents so that no float ever touches an amount.
 */
export const MONEY_RE = /^(0|[1-9]\d{0,7})\.\d{2}$/;

export function toCents(amount: string): bigint {
  if (!MONEY_RE.test(amount)) throw new Error(`not a money amount: ${amount}`);
  const [euros, cents] = amount.split('.');
  return BigInt(euros!) * 100n + BigInt(cents!);
}

export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Formats a Prisma Decimal (or anything with toFixed) as a money string. */
export function moneyOf(value: { toFixed(digits: number): string }): string {
  return value.toFixed(2);
}

export function compareMoney(a: string, b: string): number {
  const d = toCents(a) - toCents(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}
