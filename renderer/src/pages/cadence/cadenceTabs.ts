/** The 12-4-2-1 page's tabs: `#/cadence` (dashboard and worklist) and `#/cadence/plan`. */
export const CADENCE_TABS = ['overview', 'plan'] as const;
export type CadenceTab = (typeof CADENCE_TABS)[number];

export function cadenceTabOf(section: string | null): CadenceTab {
  return section === 'plan' ? 'plan' : 'overview';
}

/** The route section for a tab: the dashboard is the page itself. */
export function cadenceTabSection(tab: CadenceTab): string | undefined {
  return tab === 'overview' ? undefined : tab;
}
