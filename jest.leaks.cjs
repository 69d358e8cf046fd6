// Jest globalTeardown: a test that leaves a handle open (a Redis connection, a server, a child process, a timer)
// fails the run here, named, instead of either hanging jest after every test passed or being hidden by forceExit.
// Packages run jest --runInBand, so the tests' handles live in this process. Handles being closed get a grace period.
const GRACE_MS = 10_000;
// Node 20 lists no timers among its handles: ref'd timers are only counted, as 'Timeout' entries of
// getActiveResourcesInfo(). Jest holds none once its reporters settle (measured in packages/schemas: its status
// debounce, 100 ms, is gone after the first wait below); the wait's own timer has fired whenever the count is taken.
const JEST_TIMERS = 0;

function describe(h) {
  const kind = h?.constructor?.name ?? typeof h;
  if (kind === 'Socket') return `Socket ${h.localAddress ?? ''}:${h.localPort ?? ''} → ${h.remoteAddress ?? '?'}:${h.remotePort ?? '?'}`;
  if (kind === 'Server') return `Server listening on ${JSON.stringify(h.address?.())}`;
  if (kind === 'ChildProcess') return `ChildProcess pid ${h.pid} (${h.spawnargs?.join(' ').slice(0, 120)})`;
  if (kind === 'Timeout') return `Timeout of ${h._idleTimeout} ms (${String(h._onTimeout).slice(0, 120).replace(/\s+/g, ' ')})`;
  return kind;
}

function leaks() {
  return process._getActiveHandles().filter((h) => {
    if (h === process.stdout || h === process.stderr || h === process.stdin) return false;
    if (typeof h?.hasRef === 'function' && !h.hasRef()) return false; // an unref'd handle does not keep jest alive
    if (h?._handle && typeof h._handle.hasRef === 'function' && !h._handle.hasRef()) return false;
    return true;
  });
}

/** Ref'd timers (setTimeout/setInterval) beyond jest's own: each would keep jest from exiting until it ends. */
function timers() {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length - JEST_TIMERS;
}

module.exports = async () => {
  const deadline = Date.now() + GRACE_MS;
  // a ref'd timer: with an unref'd one, node exited (code 0, the tests' failures lost) the moment the last handle closed
  // during this wait, before jest set its exit code
  while ((leaks().length || timers() > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const left = leaks();
  const timersLeft = timers();
  if (!left.length && timersLeft <= 0) return;
  const lines = left.map((h) => `  - ${describe(h)}`);
  if (timersLeft > 0) {
    lines.push(`  - ${timersLeft} ref'd timer(s) (setTimeout/setInterval, which Node 20 does not name): an interval never cleared, or the timer of an object whose close was given up on (e.g. a BullMQ Worker's lock extension, re-armed every 7.5 s until its close ends); run the test files one at a time to find it`);
  }
  process.stderr.write(`\n\x1b[31mLEAKED HANDLES\x1b[0m: ${lines.length} leak(s) still open ${GRACE_MS / 1000} s after the last test (they would keep jest from exiting):\n${lines.join('\n')}\nClose them in the test (afterAll/finally), or finish the close that leaves them. Failing the run.\n`);
  process.exit(1);
};
