// Ticking attendance on a phone during the meeting: each tick is saved at once, one request per
// partner at a time. A partner ticked and unticked while its first request is still on its way
// ends as the last tick says; a request that fails leaves the row marked so the person can send
// it again. The transport is injected, so the rules are tested without a network.

export type RowStatus = 'saving' | 'saved' | 'failed';

export interface AttendanceTransport {
  /** Puts the partner on the list (`true`) or takes it off; both are safe to send twice. */
  send(partnerId: number, attending: boolean): Promise<void>;
}

interface Row {
  /** What the person last asked for. */
  want: boolean;
  /** What the server is known to hold, once a request came back. */
  saved: boolean | null;
  inFlight: boolean;
  failed: boolean;
}

export class AttendanceSync {
  private readonly rows = new Map<number, Row>();
  private readonly listeners = new Set<() => void>();
  private base: ReadonlySet<number>;
  private version = 0;

  constructor(
    base: ReadonlySet<number>,
    private readonly transport: AttendanceTransport,
  ) {
    this.base = base;
  }

  /** The list as last loaded from the server; ticks made since stay on top of it. */
  setBase(base: ReadonlySet<number>): void {
    this.base = base;
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever anything shown changes (for useSyncExternalStore). */
  snapshot = (): number => this.version;

  attending(partnerId: number): boolean {
    return this.rows.get(partnerId)?.want ?? this.base.has(partnerId);
  }

  /** saving while its request is out, failed until sent again, saved once the server has the last tick; null if never ticked here. */
  status(partnerId: number): RowStatus | null {
    const row = this.rows.get(partnerId);
    if (!row) return null;
    if (row.inFlight) return 'saving';
    if (row.failed) return 'failed';
    return 'saved';
  }

  /** How many attend, as the person sees the list now. */
  count(): number {
    const ids = new Set(this.base);
    for (const [id, row] of this.rows) {
      if (row.want) ids.add(id);
      else ids.delete(id);
    }
    return ids.size;
  }

  /** Partners ticked here that are not yet saved (saving or failed). */
  unsaved(): number[] {
    return [...this.rows].filter(([, row]) => row.inFlight || row.failed).map(([id]) => id);
  }

  failed(): number[] {
    return [...this.rows].filter(([, row]) => row.failed && !row.inFlight).map(([id]) => id);
  }

  tick(partnerId: number, attending: boolean): void {
    const row = this.rows.get(partnerId) ?? { want: this.base.has(partnerId), saved: null, inFlight: false, failed: false };
    row.want = attending;
    // A new tick on a failed row is the person trying again.
    row.failed = false;
    this.rows.set(partnerId, row);
    this.changed();
    this.pump(partnerId);
  }

  /** Sends a failed tick again. */
  retry(partnerId: number): void {
    const row = this.rows.get(partnerId);
    if (!row?.failed) return;
    row.failed = false;
    row.saved = null;
    this.changed();
    this.pump(partnerId);
  }

  private pump(partnerId: number): void {
    const row = this.rows.get(partnerId);
    if (!row || row.inFlight || row.failed) return;
    if (row.saved === row.want) return;
    const sending = row.want;
    row.inFlight = true;
    this.changed();
    this.transport.send(partnerId, sending).then(
      () => {
        row.inFlight = false;
        row.saved = sending;
        this.changed();
        // A tick made while this one travelled goes next.
        this.pump(partnerId);
      },
      () => {
        row.inFlight = false;
        row.failed = true;
        this.changed();
      },
    );
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
