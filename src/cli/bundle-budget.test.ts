import { describe, expect, it } from 'vitest';
import { chunkHolding, entryKey, staticClosure, type Manifest } from './bundle-budget';

// Shaped like Vite's manifest: an entry, a lazy page with a shared chunk, and charts behind it.
const manifest: Manifest = {
  'index.html': { file: 'assets/index-a.js', isEntry: true, dynamicImports: ['features/dashboard/DashboardPage.tsx'] },
  'features/dashboard/DashboardPage.tsx': {
    file: 'assets/DashboardPage-b.js',
    isDynamicEntry: true,
    imports: ['index.html', '_format-c.js'],
    dynamicImports: ['features/dashboard/TrendCharts.tsx'],
  },
  '_format-c.js': { file: 'assets/format-c.js', imports: ['index.html'] },
  'features/dashboard/TrendCharts.tsx': { file: 'assets/TrendCharts-d.js', isDynamicEntry: true, imports: ['index.html'] },
};

describe('the bundle budget', () => {
  it('counts a chunk with its static imports, never what it loads lazily', () => {
    expect(staticClosure(manifest, 'index.html')).toEqual(['index.html']);
    expect(staticClosure(manifest, 'features/dashboard/DashboardPage.tsx').sort()).toEqual([
      '_format-c.js',
      'features/dashboard/DashboardPage.tsx',
      'index.html',
    ]);
  });

  it('finds the page bundled into the entry through the source map, and a lazy page by its own key', () => {
    const sources: Record<string, string[]> = { 'assets/index-a.js': ['features/auth/LoginPage.tsx', 'main.tsx'] };
    const sourcesOf = (file: string) => sources[file] ?? [];
    expect(entryKey(manifest)).toBe('index.html');
    expect(chunkHolding(manifest, 'features/auth/LoginPage.tsx', sourcesOf)).toBe('index.html');
    expect(chunkHolding(manifest, 'features/dashboard/DashboardPage.tsx', sourcesOf)).toBe('features/dashboard/DashboardPage.tsx');
    expect(() => chunkHolding(manifest, 'features/gone/Page.tsx', sourcesOf)).toThrow(/no chunk holds features\/gone\/Page\.tsx/);
  });
});
