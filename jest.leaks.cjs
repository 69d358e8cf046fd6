// Jest globalTeardown: a test that leaves a handle open (a Redis connection, a server, a child process, a timer)
// fails the run here, named, instead of either hanging jest after every test passed or being hidden by forceExit.
// Packages run jest --runInBand, so the tests' handles live in this process. Handles being closed get a grace period.
const GRACE_MS = 10_000;

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

module.exports = async () => {
  const deadline = Date.now() + GRACE_MS;
  // a ref'd timer: with an unref'd one, node exited (code 0, the tests' failures lost) the moment the last handle closed
  // during this wait, before jest set its exit code
  while (leaks().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const left = leaks();
  if (!left.length) return;
  process.stderr.write(`\n\x1b[31mLEAKED HANDLES\x1b[0m: ${left.length} handle(s) still open ${GRACE_MS / 1000} s after the last test (they would keep jest from exiting):\n${left.map((h) => `  - ${describe(h)}`).join('\n')}\nClose them in the test (afterAll/finally). Failing the run.\n`);
  process.exit(1);
};
