// Row ids: UUID version 7 (time-ordered, so new rows land at the end of their indexes) at the
// instant of the action they record. The random part comes from a pooled buffer: asking the
// operating system for 16 bytes per id costs more than everything else a history of millions of
// rows does per id.
import { randomFillSync } from "node:crypto";
import { v7 as uuidv7 } from "uuid";

const POOL_BYTES = 16 * 4096;
const pool = new Uint8Array(POOL_BYTES);
let offset = POOL_BYTES;

function pooledRandom(): Uint8Array {
  if (offset + 16 > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  return bytes;
}

/** A new UUID v7 whose time part is `at`. */
export function newIdAt(at: Date): string {
  return uuidv7({ msecs: at.getTime(), rng: pooledRandom });
}
