/**
 * A console logger that prefixes every message with the element's tag, so an integrator sees at once which
 * widget is talking (`<agenda-events>: …`). Warnings given with a key are printed once per page.
 */
export interface Logger {
  /** Something the integrator should fix; the element keeps working. */
  warn(message: string, ...data: unknown[]): void;
  /** Like `warn`, but printed once per page for a given key. */
  warnOnce(key: string, message: string, ...data: unknown[]): void;
  /** Something failed and the element shows it. */
  error(message: string, ...data: unknown[]): void;
}

const alreadyWarned = new Set<string>();

/** A logger for `<tag>`. */
export function createLogger(tag: string): Logger {
  const prefix = `<${tag}>:`;
  return {
    warn: (message, ...data) => console.warn(prefix, message, ...data),
    warnOnce(key, message, ...data) {
      const onceKey = `${tag}|${key}`;
      if (alreadyWarned.has(onceKey)) return;
      alreadyWarned.add(onceKey);
      console.warn(prefix, message, ...data);
    },
    error: (message, ...data) => console.error(prefix, message, ...data),
  };
}
