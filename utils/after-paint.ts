/**
 * Run `task` once the frame now being prepared is on screen (a task queued from its animation
 * frame runs after it is drawn); a page that draws no frames, hidden, runs it a moment later.
 * Returns the cancel.
 */
export function afterPaint(task: () => unknown, fallbackMs = 200): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  let timer = 0;
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(run)));
  const fallback = window.setTimeout(run, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}
