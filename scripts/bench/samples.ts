// The answers of a load run, kept in typed-array columns: a 10-minute soak is ~170,000 answers, and keeping each
// as an object with a phases object grew the load generator's own heap by ~100 MB, whose full GCs (marking
// threads on both cores) then showed up as stalls of the service being measured.

/** Server-Timing phases the API reports (SERVER_TIMING=true), plus `client` computed here. */
export const PHASES = ['client', 'http', 'admit', 'queue', 'add', 'prep', 'engine', 'post', 'reply', 'resp', 'total'] as const;
export type PhaseName = (typeof PHASES)[number];
const PHASE_INDEX = new Map<string, number>(PHASES.map((p, i) => [p, i]));
const TOTAL = PHASE_INDEX.get('total')!;
const CLIENT = PHASE_INDEX.get('client')!;

export class SampleLog {
  length = 0;
  private at = new Float64Array(1024);
  private lat = new Float64Array(1024);
  private ok = new Uint8Array(1024);
  /** 0 = no error, else 1 + index in `errorKinds` */
  private err = new Uint16Array(1024);
  /** PHASES.length values per answer, NaN where the answer did not report the phase */
  private ph = new Float32Array(1024 * PHASES.length);
  private readonly errorKinds: string[] = [];

  /** One answer: scheduled time (epoch ms), latency from the scheduled time, and its Server-Timing header. */
  add(at: number, lat: number, ok: boolean, error: string | undefined, serverTiming: string | null): void {
    if (this.length === this.at.length) this.grow();
    const i = this.length++;
    this.at[i] = at;
    this.lat[i] = lat;
    this.ok[i] = ok ? 1 : 0;
    if (error) {
      let k = this.errorKinds.indexOf(error);
      if (k < 0) k = this.errorKinds.push(error) - 1;
      this.err[i] = k + 1;
    }
    const row = i * PHASES.length;
    this.ph.fill(NaN, row, row + PHASES.length);
    if (!serverTiming) return;
    for (const m of serverTiming.matchAll(/([\w-]+);dur=(-?[\d.]+)/g)) {
      const k = PHASE_INDEX.get(m[1]!);
      if (k !== undefined) this.ph[row + k] = Number(m[2]);
    }
    if (!Number.isNaN(this.ph[row + TOTAL]!)) this.ph[row + CLIENT] = lat - this.ph[row + TOTAL]!;
  }

  /** Latencies of answers `from` … `to - 1`, sorted. */
  latencies(from = 0, to = this.length): Float64Array {
    return this.lat.slice(from, to).sort();
  }

  latency(i: number): number {
    return this.lat[i]!;
  }

  isOk(i: number): boolean {
    return this.ok[i] === 1;
  }

  /** A phase of answer `i` in ms, or undefined when the answer did not report it. */
  phase(i: number, name: PhaseName): number | undefined {
    const v = this.ph[i * PHASES.length + PHASE_INDEX.get(name)!]!;
    return Number.isNaN(v) ? undefined : v;
  }

  /** Failed answers of `from` … `to - 1` by kind (HTTP status or the client's error code). */
  errors(from = 0, to = this.length): Map<string, number> {
    const out = new Map<string, number>();
    for (let i = from; i < to; i++) if (!this.ok[i]) {
      const kind = this.err[i] ? this.errorKinds[this.err[i]! - 1]! : '?';
      out.set(kind, (out.get(kind) ?? 0) + 1);
    }
    return out;
  }

  /** The answers as objects (for --trace). */
  toJSON(): { at: number; lat: number; ok: boolean; error?: string; phases: Partial<Record<PhaseName, number>> }[] {
    return Array.from({ length: this.length }, (_, i) => ({
      at: this.at[i]!,
      lat: this.lat[i]!,
      ok: this.ok[i] === 1,
      ...(this.err[i] ? { error: this.errorKinds[this.err[i]! - 1]! } : {}),
      phases: Object.fromEntries(PHASES.flatMap((p) => (this.phase(i, p) === undefined ? [] : [[p, this.phase(i, p)]]))),
    }));
  }

  private grow(): void {
    const n = this.at.length * 2;
    const bigger = <T extends Float64Array | Float32Array | Uint8Array | Uint16Array>(a: T, make: (n: number) => T, per = 1): T => {
      const b = make(n * per);
      b.set(a);
      return b;
    };
    this.at = bigger(this.at, (k) => new Float64Array(k));
    this.lat = bigger(this.lat, (k) => new Float64Array(k));
    this.ok = bigger(this.ok, (k) => new Uint8Array(k));
    this.err = bigger(this.err, (k) => new Uint16Array(k));
    this.ph = bigger(this.ph, (k) => new Float32Array(k), PHASES.length);
  }
}
