import { z } from 'zod';
import type { PartnerRef } from '#web/features/partners/PartnerPicker.tsx';

/**
 * The reporter's own library as last loaded, so the report form opens without a connection
 * (its name is only shown; the report carries the id the session already gives).
 */
const Remembered = z.object({ id: z.number().int(), name: z.string(), regionName: z.string().optional() });

export const rememberedPartnerKey = 'sim-tpbis.partner';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function rememberPartner(storage: StorageLike, partner: PartnerRef): void {
  try {
    storage.setItem(
      rememberedPartnerKey,
      JSON.stringify({
        id: partner.id,
        name: partner.name,
        ...(partner.regionName === undefined ? {} : { regionName: partner.regionName }),
      }),
    );
  } catch {
    // Full or blocked storage: offline, the form names the library generically.
  }
}

/** The remembered library when it is this one; otherwise `fallbackName` stands in for its name. */
export function recallPartner(storage: Pick<Storage, 'getItem'>, id: number, fallbackName: string): PartnerRef {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(rememberedPartnerKey) ?? 'null');
  } catch {
    raw = null;
  }
  const parsed = Remembered.safeParse(raw);
  return parsed.success && parsed.data.id === id ? parsed.data : { id, name: fallbackName };
}
