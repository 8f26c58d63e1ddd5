/**
 * A self-scheduling polling loop: the next tick is planned only after the previous one settled,
 * so polls never overlap. It slows down while the page is hidden, backs off exponentially after
 * failures and polls at once when the page becomes visible again after a slowed-down wait. It
 * tells its owner of every failed poll and of the first poll that succeeds after them.
 */

/** How much longer the pause is while `document.visibilityState === 'hidden'`. */
const HIDDEN_FACTOR = 4;

/** What the loop tells its owner about its polls. */
export interface PollingReport {
  /** A poll failed (not one that `stop()` aborted). */
  failed(error: unknown): void;
  /** A poll succeeded after failed ones (since the last `start()`). */
  recovered(): void;
}

function isHidden(): boolean {
  return globalThis.document?.visibilityState === 'hidden';
}

export class PollingLoop {
  /** The pause between polls in ms. */
  readonly #interval: number;
  /** One poll; the signal fires when the loop stops. A failed poll slows the loop down and is reported. */
  readonly #tick: (signal: AbortSignal) => Promise<void>;
  readonly #report?: PollingReport;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Set while the loop runs. */
  #controller: AbortController | undefined;
  #inFlight = false;
  #failures = 0;
  #slowed = false;

  constructor(interval: number, tick: (signal: AbortSignal) => Promise<void>, report?: PollingReport) {
    this.#interval = interval;
    this.#tick = tick;
    this.#report = report;
  }

  start(): void {
    if (this.#controller) return;
    this.#failures = 0;
    this.#controller = new AbortController();
    globalThis.document?.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  stop(): void {
    if (!this.#controller) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller.abort();
    this.#controller = undefined;
    globalThis.document?.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Polls now (unless a poll is under way), then resumes the normal rhythm. */
  pollNow(): void {
    if (!this.#controller || this.#inFlight) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    void this.#run();
  }

  /**
   * The pause before the next poll, given the visibility and the failures so far: each failure
   * doubles it, up to 16 × the interval or 60 s, whichever is longer.
   */
  nextDelay(): number {
    const interval = this.#interval;
    const delay = Math.min(Math.max(60_000, interval * 16), interval * 2 ** this.#failures);
    return isHidden() ? delay * HIDDEN_FACTOR : delay;
  }

  #schedule(): void {
    if (!this.#controller) return;
    this.#slowed = isHidden();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, this.nextDelay());
  }

  async #run(): Promise<void> {
    const controller = this.#controller;
    if (!controller) return;
    if (this.#inFlight) {
      // a poll from before a stop()/start() is still settling: try again later, never overlap
      this.#schedule();
      return;
    }
    this.#inFlight = true;
    try {
      await this.#tick(controller.signal);
      if (this.#failures && this.#controller === controller) this.#report?.recovered();
      this.#failures = 0;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#failures++;
      this.#report?.failed(error);
    } finally {
      this.#inFlight = false;
      if (this.#controller === controller) this.#schedule();
    }
  }

  readonly #onVisibility = () => {
    // back from the background after a slowed-down wait: refresh now instead of waiting it out
    if (!isHidden() && this.#slowed && this.#timer !== undefined) this.pollNow();
  };
}
