/**
 * A module the widgets load only when a page needs it (the English catalogue, the error wording), shared by
 * every element: loaded once, and tried again after a failure only when asked to.
 */
export class LazyModule<M> {
  /** The module, once it has loaded. */
  value: M | undefined;
  /** The last attempt failed and no other is under way. */
  failed = false;
  #loading: Promise<void> | undefined;
  readonly #source: { load(): Promise<M> };

  /** A module that `source.load()` brings; tests replace `load` on the source to hold or fail it. */
  constructor(source: { load(): Promise<M> }) {
    this.#source = source;
  }

  /**
   * Starts loading unless the module is there (then null) or under way (the same promise). After a failure,
   * only `retry` tries again, so updates do not refetch a chunk that cannot load. Never rejects.
   */
  load(retry = false): Promise<void> | null {
    if (this.value) return null;
    if (this.#loading) return this.#loading;
    if (this.failed && !retry) return null;
    this.failed = false;
    return (this.#loading = this.#source.load().then(
      (module) => {
        this.value = module;
        this.#loading = undefined;
      },
      () => {
        this.failed = true;
        this.#loading = undefined;
      },
    ));
  }
}
