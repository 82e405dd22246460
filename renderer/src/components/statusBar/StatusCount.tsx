import type { ReactNode } from 'react';

interface StatusCountProps {
  testId: string;
  count: number;
  icon: ReactNode;
  /** The whole text, count included ("待上传 3"). */
  label: string;
  /** The colour when the count is not zero. */
  color: string;
  /** Where a click goes (a hash link), if anywhere. */
  href?: string;
}

/** One number in the status bar: greyed when zero, coloured (and a link, if it has one) otherwise. */
export function StatusCount({ testId, count, icon, label, color, href }: StatusCountProps) {
  const style = { color: count > 0 ? color : 'var(--ant-color-text-tertiary, rgba(0,0,0,0.45))', whiteSpace: 'nowrap' as const };
  const content = (
    <>
      {icon} <span className="tabular-nums">{label}</span>
    </>
  );
  if (href) {
    return (
      <a data-testid={testId} data-count={count} href={href} style={style}>
        {content}
      </a>
    );
  }
  return (
    <span data-testid={testId} data-count={count} style={style}>
      {content}
    </span>
  );
}
