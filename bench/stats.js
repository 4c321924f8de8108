// Medians (the machine is shared, so single timings are noisy) and rounding for the report.

/** The median of the numbers that are not NaN (a lost measurement). @param {number[]} values */
export function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @param {number} value @param {number} [digits] */
export function round(value, digits = 1) {
  return Number(value.toFixed(digits));
}
