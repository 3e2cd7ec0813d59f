import { useCallback, useMemo } from 'react';
import type { ActivitySubtypeOption } from '#domain/activities';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { subtypesQuery } from './api';

/** The sub-types (data from the server) and a way to name one in the user's language. */
export function useSubtypes() {
  const { language } = useLanguage();
  const resource = useApiQuery(subtypesQuery);
  const loaded = resource.state === 'ready' ? resource.data.items : null;
  const items: ActivitySubtypeOption[] = useMemo(() => loaded ?? [], [loaded]);
  const labelOf = useCallback(
    (code: string | null): string | null => {
      if (code === null || code === '') return null;
      const option = items.find((item) => item.code === code);
      if (!option) return code;
      return language === 'en' ? option.labelEn : option.labelId;
    },
    [items, language],
  );
  return { resource, items, labelOf };
}
