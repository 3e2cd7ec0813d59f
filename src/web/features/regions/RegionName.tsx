import { useQuery } from '@tanstack/react-query';
import { regionQuery } from './api';

/** A region's name for its code; the code stands in while loading or when the name cannot be fetched. */
export function useRegionName(code: string | undefined): string | undefined {
  const region = useQuery({ ...regionQuery(code ?? ''), enabled: code !== undefined });
  return region.data?.name ?? code;
}

export function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}
