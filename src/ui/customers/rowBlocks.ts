/**
 * Rows of a long remote list fetched in fixed blocks and cached, so scrolling through 100,000
 * customers asks the source only for the blocks that come into view. `reset()` (new filter,
 * sort or source) drops the cache; answers to requests made before a reset are ignored.
 */
export class RowBlocks<T> {
  private blocks = new Map<number, T[]>();
  private pending = new Map<number, Promise<void>>();
  private generation = 0;

  constructor(
    private readonly fetch: (offset: number, limit: number) => Promise<T[]>,
    readonly blockSize = 100,
  ) {}

  get(index: number): T | undefined {
    return this.blocks.get(Math.floor(index / this.blockSize))?.[index % this.blockSize];
  }

  reset(): void {
    this.generation++;
    this.blocks.clear();
    this.pending.clear();
  }

  /** Loads every block overlapping rows [start, end); resolves when they are all there (or reset). */
  async ensure(start: number, end: number): Promise<void> {
    if (end <= start) return;
    const first = Math.floor(start / this.blockSize);
    const last = Math.floor((end - 1) / this.blockSize);
    const waits: Promise<void>[] = [];
    for (let b = first; b <= last; b++) {
      if (this.blocks.has(b)) continue;
      let p = this.pending.get(b);
      if (!p) {
        const generation = this.generation;
        p = this.fetch(b * this.blockSize, this.blockSize).then(
          (rows) => {
            if (generation !== this.generation) return;
            this.blocks.set(b, rows);
            this.pending.delete(b);
          },
          (error: unknown) => {
            if (generation === this.generation) this.pending.delete(b);
            throw error;
          },
        );
        this.pending.set(b, p);
      }
      waits.push(p);
    }
    await Promise.all(waits);
  }
}
