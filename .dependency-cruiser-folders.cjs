/**
 * Folder-level circles (roster ↔ cadence, session ↔ sync were two): a feature folder may lean on
 * lower ones, never on one that leans back on it. Checked over the shipped sources only
 * (`npm run lint` excludes tests and testing/, which reach across folders by design).
 */
const base = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  options: base.options,
  forbidden: [
    {
      name: 'no-circular-folders',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
};
