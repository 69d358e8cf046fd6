/** A local path under /ui to return to after a form (never another origin, never a scheme-relative URL). */
export function safeNext(v: unknown, fallback = '/ui/queue'): string {
  return typeof v === 'string' && /^\/ui\/[A-Za-z0-9/_.~%?&=+-]*$/.test(v) && !v.includes('//') ? v : fallback;
}
