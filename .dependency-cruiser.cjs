/**
 * The layer rules of ARCHITECTURE §1, enforced in `npm run lint`. A wrong import fails the build.
 * Paths are relative to the repository root.
 */
const OURS = '^(shared|reports|main|renderer|backend)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ imports nothing of ours, no node:*, no DOM-bound or platform libraries.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(reports|main|renderer|backend)/' },
    },
    {
      name: 'shared-no-platform',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-platform-libraries',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { path: 'node_modules/(electron|react|react-dom|antd|better-sqlite3[^/]*|fastify|socket\\.io[^/]*)/' },
    },
    {
      name: 'reports-only-shared',
      severity: 'error',
      from: { path: '^reports/' },
      to: { path: '^(main|renderer|backend)/' },
    },
    {
      name: 'core-not-shell',
      comment: 'main/core is plain Node: never electron, never the adapters, never the renderer.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: { path: '^(main/electron|main/webhost|main/boot|renderer)/' },
    },
    {
      name: 'webhost-not-electron',
      severity: 'error',
      from: { path: '^main/webhost/' },
      to: { path: '^(main/electron|renderer)/' },
    },
    {
      name: 'boot-not-a-host',
      severity: 'error',
      from: { path: '^main/boot/' },
      to: { path: '^(main/electron|main/webhost|renderer)/' },
    },
    {
      name: 'electron-not-webhost-or-renderer',
      severity: 'error',
      from: { path: '^main/electron/' },
      to: { path: '^(main/webhost|renderer)/' },
    },
    {
      name: 'only-the-shell-imports-electron',
      severity: 'error',
      from: { path: OURS, pathNot: '^main/electron/' },
      to: { path: 'node_modules/electron/' },
    },
    {
      name: 'renderer-only-shared',
      comment: 'The renderer reaches the rest only through window.advisorDesk.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(main|backend|reports)/' },
    },
    {
      name: 'renderer-pages-not-sideways',
      comment:
        'A page imports its own folder and the shared parts (components, hooks, store, api, i18n, fields, files, app), never another page; the shared parts import no page.',
      severity: 'error',
      from: { path: '^renderer/src/(pages/[^/]+|components|hooks|store|api|i18n|fields|files)/' },
      to: { path: '^renderer/src/pages/', pathNot: '^renderer/src/$1/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'backend-only-shared',
      comment: 'The reference backend shares only the wire contract and domain types.',
      severity: 'error',
      from: { path: '^backend/' },
      to: { path: '^(main|renderer|reports)/' },
    },
    {
      name: 'backend-only-through-boot',
      comment: 'The app starts the reference backend in demo mode only through main/boot; tests may use it as a real peer.',
      severity: 'error',
      from: { path: '^(main|renderer|reports|shared)/', pathNot: '^main/boot/|\\.test\\.ts$' },
      to: { path: '^backend/' },
    },
    {
      name: 'test-support-only-in-tests',
      severity: 'error',
      from: { path: '^(main|renderer|reports|shared|backend)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^testing/' },
    },
    {
      name: 'no-circular',
      comment: 'No file reaches itself through its imports (types included): a circle is one module in two files.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|release|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
