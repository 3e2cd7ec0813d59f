import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RegionRef } from '#web/features/partners/RegionPicker.tsx';
import { regionQuery } from './api';

/** A region known by its code (from the address, or a stored user), named once its name is loaded; null until then. */
export function useRegionRef(code: string | null | undefined): RegionRef | null {
  const known = code ?? undefined;
  const { data } = useQuery({ ...regionQuery(known ?? ''), enabled: known !== undefined });
  return useMemo(() => (known === undefined || !data ? null : { code: known, name: data.name, level: data.level }), [known, data]);
}
