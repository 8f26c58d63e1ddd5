/**
 * The live updates of `CumulocityAdapter`: a polling loop that runs while anyone listens, each
 * poll re-reading the loaded pages and diffing them (`poll-diff.ts`). Loaded with the first
 * subscription: the first poll is an interval away anyway.
 */
import { pollOnce, type PollHost } from './poll-diff.js';
import { PollingLoop } from './polling.js';

export class LiveUpdates {
  readonly #host: PollHost;
  readonly #loop: PollingLoop;

  constructor(host: PollHost, interval: number) {
    this.#host = host;
    const { view } = host;
    this.#loop = new PollingLoop({
      interval,
      tick: async (signal) => {
        if (view.pages.size > 0 && view.listeners.size > 0) await pollOnce(host, signal);
      },
    });
  }

  /** Runs the loop while anyone listens, stops it when the last listener left. */
  update(): void {
    if (this.#host.view.listeners.size > 0) this.#loop.start();
    else this.#loop.stop();
  }

  /** Polls now (when anyone listens). */
  pollNow(): void {
    this.update();
    this.#loop.pollNow();
  }
}
