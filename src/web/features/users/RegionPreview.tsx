import { RegionCode } from '#domain/regions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { regionQuery } from '#web/features/regions/api.ts';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/** Names the region a typed code points at, so a slip of one digit is seen before saving. */
export function RegionPreview({ code }: { code: string }) {
  const valid = RegionCode.safeParse(code).success;
  return (
    <p className="field__hint" aria-live="polite">
      {valid && <KnownRegion code={code} />}
    </p>
  );
}

function KnownRegion({ code }: { code: string }) {
  const t = useT();
  const region = useApiQuery(regionQuery(code));
  if (region.state === 'loading') return null;
  if (region.state === 'failed') return <>{region.error.code === 'not_found' ? t('users.create.regionUnknown') : null}</>;
  return <>{t('users.create.regionFound', { name: region.data.name, level: t(`level.${region.data.level}`) })}</>;
}
