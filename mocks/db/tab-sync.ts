/**
 * Tabs of the demo share one IndexedDB, but each keeps its own copy of the data in memory.
 * After every saved write a tab tells the others (BroadcastChannel) which records changed and
 * its meta record, so they apply the same records, number new records after the other tab's,
 * and refresh what they show; after a reset they reload the saved state instead.
 *
 * Ids cannot collide: writes take an origin-wide lock and catch up with the saved state first
 * (persistence.ts), so a message may arrive after its save is already applied; its stamp
 * (epoch, seq) tells the receiver.
 */
import type { SaveStamp } from './idb';
import type { Change } from './store';
import type { MetaRecord } from './types';

export type TabMessage = SaveStamp &
  (
    | { type: 'commit'; changes: Change[]; meta: MetaRecord }
    /** `replaced`: the data was reset (scenario regenerated, saved changes cleared). */
    | { type: 'meta'; meta: MetaRecord; replaced: boolean }
  );

const CHANNEL = 'customers-mock';
let channel: BroadcastChannel | null = null;

/** Listen to the other tabs (no-op where BroadcastChannel does not exist). */
export function openTabChannel(onMessage: (m: TabMessage) => void): void {
  closeTabChannel();
  if (typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<TabMessage>) => onMessage(e.data);
}

export function announce(m: TabMessage): void {
  channel?.postMessage(m);
}

export function closeTabChannel(): void {
  channel?.close();
  channel = null;
}
