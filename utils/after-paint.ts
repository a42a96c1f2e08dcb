/** A page that draws no frames (hidden) still runs the task, this much later. */
const FALLBACK_MS = 200;

/**
 * Run `task` once the frame now being prepared is on screen (a task queued from its animation
 * frame runs after it is drawn). Returns the cancel.
 */
export function afterPaint(task: () => unknown): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  let timer = 0;
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(run)));
  const fallback = window.setTimeout(run, FALLBACK_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}
