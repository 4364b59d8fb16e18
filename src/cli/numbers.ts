import { CliError } from './errors.js';

/** A command-line option that must be a whole number (at least `min`), or a one-line error naming it. */
export function wholeNumber(value: string, option: string, min = 0): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min) {
    throw new CliError(`${option} must be a ${min > 0 ? 'positive ' : ''}whole number, not "${value}"`);
  }
  return n;
}
