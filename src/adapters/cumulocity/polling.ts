/**
 * A self-scheduling polling loop: the next tick is planned only after the previous one settled,
 * so polls never overlap. It slows down while the page is hidden, backs off exponentially after
 * failures and polls at once when the page becomes visible again after a slowed-down wait.
 */

export interface PollingOptions {
  /** The pause between polls in ms. */
  interval: number;
  /** One poll; the signal fires when the loop stops. */
  tick: (signal: AbortSignal) => Promise<void>;
  /** Multiplier while `document.visibilityState === 'hidden'` (default 4). */
  hiddenFactor?: number;
  /** The longest pause after repeated failures, in ms (default 16 × interval, at least 60 s). */
  maxBackoff?: number;
  /** Called with each failed poll (the loop keeps going). */
  onError?: (error: unknown) => void;
}

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

export class PollingLoop {
  readonly #options: Required<Omit<PollingOptions, 'onError'>> & Pick<PollingOptions, 'onError'>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #running = false;
  #inFlight = false;
  #failures = 0;
  #slowed = false;

  constructor(options: PollingOptions) {
    this.#options = {
      hiddenFactor: 4,
      maxBackoff: Math.max(60_000, options.interval * 16),
      ...options,
    };
  }

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#failures = 0;
    this.#controller = new AbortController();
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Polls now (unless a poll is under way), then resumes the normal rhythm. */
  pollNow(): void {
    if (!this.#running || this.#inFlight) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    void this.#run();
  }

  /** The pause before the next poll, given the visibility and the failures so far. */
  nextDelay(): number {
    const { interval, hiddenFactor, maxBackoff } = this.#options;
    let delay = interval;
    if (this.#failures > 0) delay = Math.min(maxBackoff, interval * 2 ** this.#failures);
    if (isHidden()) delay *= hiddenFactor;
    return delay;
  }

  #schedule(): void {
    if (!this.#running) return;
    this.#slowed = isHidden();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, this.nextDelay());
  }

  async #run(): Promise<void> {
    const controller = this.#controller;
    if (!this.#running || !controller) return;
    if (this.#inFlight) {
      // a poll from before a stop()/start() is still settling: try again later, never overlap
      this.#schedule();
      return;
    }
    this.#inFlight = true;
    try {
      await this.#options.tick(controller.signal);
      this.#failures = 0;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#failures++;
      this.#options.onError?.(error);
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
