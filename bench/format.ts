/** 1301609 → "1,301,609". */
export const thousands = (n: number) => Math.round(n).toLocaleString("en");

/** Milliseconds with the precision a reader can use: 0.42, 7.9, 123. */
export function milliseconds(ms: number): string {
  if (ms < 1) return ms.toFixed(2);
  if (ms < 10) return ms.toFixed(1);
  return thousands(ms);
}
