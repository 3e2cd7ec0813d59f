import { describe, expect, it } from 'vitest';
import { apiKey, paramsOfKey } from './queries';

describe('apiKey', () => {
  it('keys a request by its path segments and its parameters', () => {
    expect(apiKey('/api/activities/12')).toEqual(['api', 'activities', '12', {}]);
    expect(apiKey('/api/dashboard?region=19&from=2024-01-01&to=2024-09-25')).toEqual([
      'api',
      'dashboard',
      { region: '19', from: '2024-01-01', to: '2024-09-25' },
    ]);
  });

  it('tells a list from an empty last segment', () => {
    expect(apiKey('/api/regions')).not.toEqual(apiKey('/api/regions/'));
  });

  it('reads the parameters back', () => {
    expect(paramsOfKey(apiKey('/api/kpi/partners?region=19.05&from=2024-01-01'))).toEqual({ region: '19.05', from: '2024-01-01' });
    expect(paramsOfKey(['region-view', '19'])).toEqual({});
  });
});
