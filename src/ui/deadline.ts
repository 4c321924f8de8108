/**
 * How long an element holds a render for words still loading (English, the error wording): past it, French or
 * the short built-in sentence stands in, so a chunk that hangs never freezes an element.
 */
export const wordsDeadline = { ms: 3000 };

/** A promise that settles when `promise` does or after `ms`, whichever comes first; never rejects. */
export function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
