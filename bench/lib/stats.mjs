/** Small statistics helpers for benchmark samples. */

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 *
 * @param {number[]} values
 * @returns {number}
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? /** @type {number} */ (sorted[mid])
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Rounds to a number of significant digits, for tables and JSON that stay readable.
 *
 * @param {number} value
 * @param {number} [digits] significant digits (default 3)
 * @returns {number}
 */
export function round(value, digits = 3) {
  if (!Number.isFinite(value) || value === 0) return value;
  const scale = 10 ** (digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return scale >= 1 ? Math.round(value * scale) / scale : Math.round(value / (1 / scale)) * (1 / scale);
}
