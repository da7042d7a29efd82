import { describe, expect, it } from 'vitest';
import { formatEuros } from './format';
import { amountInput, isBlankAmount, parseEuros, percentOf } from './money';

describe('parseEuros', () => {
  it.each([
    ['4500', 450_000],
    ['4.500', 450_000],
    ['4,500', 450_000],
    ['1.250,50', 125_050],
    ['1,250.50', 125_050],
    ['1.250.000', 125_000_000],
    ['1,250,000.5', 125_000_050],
    ['12,5', 1250],
    ['12.5', 1250],
    ['0,05', 5],
    ['0.99', 99],
    ['€ 2.500', 250_000],
    ['€2500', 250_000],
    ['EUR 10', 1000],
    ['250 euro', 25_000],
    ['€ 250,-', 25_000],
    ['1 250 000', 125_000_000],
    ['1\u00a0250,75', 125_075],
    ['  75  ', 7500],
    ['0', 0],
  ])('reads %j as %i cents', (typed, cents) => {
    expect(parseEuros(typed)).toBe(cents);
  });

  it.each([
    '',
    '   ',
    'een paar duizend',
    '12a',
    '-50',
    '1,2,3',
    '1.25.0',
    '12,345,67',
    '1.2345',
    '0,001',
    '12.',
    ',50',
    '12 50',
    '1.000,5.0',
    '99999999999999999999',
  ])('does not take %j for an amount', (typed) => {
    expect(parseEuros(typed)).toBeNull();
  });

  it('reads back what it writes, in both languages', () => {
    for (const cents of [1, 99, 100, 450_000, 125_050, 125_000_000, 300_000_000]) {
      expect(parseEuros(amountInput(cents, 'nl'))).toBe(cents);
      expect(parseEuros(amountInput(cents, 'en'))).toBe(cents);
    }
  });

  it('reads what the site shows as an amount', () => {
    expect(parseEuros(formatEuros(250_000, 'nl'))).toBe(250_000);
    expect(parseEuros(formatEuros(125_050, 'nl'))).toBe(125_050);
    expect(parseEuros(formatEuros(125_050, 'en'))).toBe(125_050);
  });
});

describe('amountInput', () => {
  it('writes an amount as the reader types it, without a currency sign', () => {
    expect(amountInput(250_000, 'nl')).toBe('2.500');
    expect(amountInput(125_050, 'nl')).toBe('1.250,50');
    expect(amountInput(125_050, 'en')).toBe('1,250.50');
    expect(amountInput(5, 'nl')).toBe('0,05');
  });
});

describe('isBlankAmount and percentOf', () => {
  it('tells blank from anything typed', () => {
    expect(isBlankAmount('  ')).toBe(true);
    expect(isBlankAmount('0')).toBe(false);
  });

  it('rounds a share to a whole percentage, and says 0 of nothing', () => {
    expect(percentOf(3_000_000, 17_500_000)).toBe(17);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(0, 100)).toBe(0);
  });
});
