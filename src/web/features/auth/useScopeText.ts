import type { User } from '#domain/users';
import { useRegionName } from '#web/features/regions/RegionName.tsx';
import { useT } from '#web/i18n/language.tsx';

/** Where a user's rights apply: one partner, a region by name, or the whole country. */
export function useScopeText(user: User): string {
  const t = useT();
  const regionName = useRegionName(user.regionCode);
  if (user.partnerId !== undefined) return user.partnerName ?? t('scope.partner', { partner: user.partnerId });
  return regionName ?? t('scope.national');
}
