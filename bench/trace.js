// Main-thread CPU time from a Chromium trace. The machine is shared: wall-clock time includes the time the
// renderer's main thread spent waiting for a core, and that wait grows faster than the work (a 15 ms task
// usually runs in one slice, a 300 ms one is preempted many times), so wall-clock ratios between a short
// and a long piece of work mean little under load. Each task's thread time (`tdur`) does not include that
// wait: it is what the same work costs on an idle machine.
//
// Pages mark the instants that matter with `performance.mark(name)` (a `blink.user_timing` trace event on
// the main thread); the main thread is the one the marks are on.

/** Task events with thread time, and the marks. */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * @typedef {{name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number, cat: string}} TraceEvent
 * @typedef {{start: number, end: number, cpu: number}} Task times in µs of the trace clock; cpu in µs
 */

/**
 * Runs `work` while Chromium traces the page, and returns its result with the trace.
 * @template T
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<T>} work
 * @returns {Promise<{result: T, trace: Trace}>}
 */
export async function traced(page, work) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {TraceEvent[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (value))));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  // The renderer starts recording a little after Tracing.start answers: give it that moment.
  await page.waitForTimeout(300);
  let result;
  try {
    result = await work();
    // The page answers from inside its last task: let that task end (and be recorded) before stopping.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return { result, trace: new Trace(events) };
}

/** The marks and the main thread's tasks of one trace. */
export class Trace {
  /** @param {TraceEvent[]} events */
  constructor(events) {
    const marks = events.filter((e) => e.cat === 'blink.user_timing' && (e.ph === 'I' || e.ph === 'R' || e.ph === 'n'));
    /** Mark name → trace time (µs); a repeated name keeps its last time. */
    this.marks = new Map(marks.map((e) => [e.name, e.ts]));
    const main = marks[0];
    /** @type {Task[]} */
    const tasks = main
      ? events
          .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
          .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 }))
          .sort((a, b) => a.start - b.start)
      : [];
    // A task nested in another (a nested run loop) is already counted in its parent.
    /** @type {Task[]} */
    this.tasks = [];
    for (const task of tasks) {
      const outer = this.tasks.at(-1);
      if (!outer || task.start >= outer.end) this.tasks.push(task);
    }
  }

  /** @param {string} name @returns {number} the mark's trace time (µs) */
  mark(name) {
    const ts = this.marks.get(name);
    if (ts === undefined) throw new Error(`the trace has no mark "${name}"`);
    return ts;
  }

  /**
   * Main-thread CPU time between two trace times, in ms: the thread time of every task in between, and the
   * share of the tasks cut by either end in proportion to the wall time inside; NaN when the trace holds
   * no task there.
   * @param {number} from @param {number} to
   */
  cpuMs(from, to) {
    let cpu = 0;
    let found = false;
    for (const task of this.tasks) {
      const overlap = Math.min(task.end, to) - Math.max(task.start, from);
      if (overlap <= 0) continue;
      found = true;
      cpu += task.end > task.start ? (task.cpu * overlap) / (task.end - task.start) : 0;
    }
    // No task recorded around the span: the trace lost it (NaN, left out of medians), not "no work".
    return found ? cpu / 1000 : Number.NaN;
  }

  /**
   * Main-thread tasks that overlap a span (1 means the work ran in one go, with no frame in between).
   * @param {number} from @param {number} to
   */
  tasksBetween(from, to) {
    return this.tasks.filter((task) => task.end > from && task.start < to).length;
  }

  /**
   * Main-thread CPU time of each frame between two trace times, in ms. Pages mark every animation frame
   * (`performance.mark(frameMark)` in a requestAnimationFrame callback, which runs inside the frame's
   * rendering task); a frame's CPU time is that rendering task's (style, layout, paint) plus every task
   * that ran since the previous frame's: what must fit in 16 ms for the frame to be on time.
   * @param {number} from @param {number} to @param {string} frameMark
   */
  frameCpuMs(from, to, frameMark) {
    const frameTimes = [...this.marks].filter(([name, ts]) => name.startsWith(frameMark) && ts >= from && ts <= to).map(([, ts]) => ts);
    const frameTasks = new Set(frameTimes.map((ts) => this.tasks.find((task) => task.start <= ts && ts <= task.end)).filter((task) => task !== undefined));
    /** @type {number[]} */
    const frames = [];
    let sum = 0;
    for (const task of this.tasks) {
      if (task.end < from || task.start > to) continue;
      sum += task.cpu;
      if (frameTasks.has(task)) {
        frames.push(sum / 1000);
        sum = 0;
      }
    }
    return frames;
  }
}
