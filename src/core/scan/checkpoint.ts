// Cooperative scheduling for long scans: yield to the event loop every few milliseconds so the host
// (VS Code's extension host) stays responsive, and stop promptly when cancelled.
import { CancelledError } from '../context';

export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
}

/** A `checkpoint` for EngineContext: yields after `sliceMs` of work, throws once cancelled. */
export function createCheckpoint(signal?: CancellationSignal, sliceMs = 8): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (signal?.isCancellationRequested) throw new CancelledError();
    if (performance.now() - sliceStart < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
    if (signal?.isCancellationRequested) throw new CancelledError();
  };
}
