// The layer rules of docs/decisions/010-layers-and-boundaries.md, checked by `npm run lint`.
// Type-only imports count too (tsPreCompilationDeps): a layer that needs another's types
// depends on it just the same.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is the shared, pure core: it imports nothing of ours outside itself.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src|test)/', pathNot: '^src/domain/' },
    },
    {
      name: 'domain-has-no-io',
      comment: 'src/domain runs unchanged in the browser and in tests: no Node built-ins (files, network, crypto).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-has-no-framework',
      comment: 'src/domain has no framework: no database, no HTTP server, no React, no images or PDFs.',
      severity: 'error',
      from: { path: '^src/domain/' },
      // Unanchored: node_modules may be a link, and resolve to its target's path.
      to: { path: 'node_modules/(kysely|pg|better-sqlite3|fastify|@fastify|react|react-dom|react-router-dom|sharp|pdfkit)/' },
    },
    {
      name: 'demo-builds-on-domain-only',
      comment: 'The demo generator (src/demo) is pure: it plans data from the domain; the server writes it.',
      severity: 'error',
      from: { path: '^src/demo/' },
      to: { path: '^(src|test)/', pathNot: '^src/(domain|demo)/' },
    },
    {
      name: 'web-not-server',
      comment: 'The web app shares the domain (schemas, rules) with the server, never server, CLI or demo code.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli|demo)/' },
    },
    {
      name: 'server-not-web-or-cli',
      comment: 'The server is started by the CLI and serves the built web app; it imports neither.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/(web|cli)/' },
    },
    {
      name: 'only-tests-import-test',
      comment: 'test/ holds fixtures for tests; application code never depends on them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^test/' },
    },
    {
      name: 'feature-through-service',
      comment:
        "A feature never reaches into another feature's repository: it calls that feature's service, " +
        'which owns the rules around the rows.',
      severity: 'error',
      from: { path: '^src/server/features/([^/]+)/' },
      to: { path: '^src/server/features/[^/]+/[^/]*repository[.]ts$', pathNot: '^src/server/features/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'No import circles: a module and what it imports can be read, tested and moved bottom-up.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (a mistyped #alias would otherwise escape every rule above).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    // The #domain/*, #server/*, #web/*, #cli/*, #demo/*, #test/* aliases are package.json `imports`.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      // Packages' `exports` maps too (dependency-cruiser leaves them out by default), so a subpath
      // such as `csv-parse/sync` resolves as Node resolves it.
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
