/** 1301609 → "1,301,609". */
export const thousands = (n: number) => Math.round(n).toLocaleString("en");

/** Milliseconds with the precision a reader can use: 0.42, 7.9, 123. */
export function milliseconds(ms: number): string {
  if (ms < 1) return ms.toFixed(2);
  if (ms < 10) return ms.toFixed(1);
  return thousands(ms);
}

/** How many times `a` is `b`: 1.5×, 47×, 1,200×. */
export const ratio = (a: number, b: number) => {
  const r = a / b;
  return `${r < 10 ? r.toFixed(1) : thousands(r)}×`;
};

/** A rate with a tenth while it is small: 9.6, 312, 1,830. */
export const perSecond = (n: number) => (n < 100 ? n.toFixed(1) : thousands(n));
