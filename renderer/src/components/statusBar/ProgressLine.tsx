import { Flex, Progress } from 'antd';

interface ProgressLineProps {
  /** What runs, in words ("正在同步 45%"). */
  label: string;
  /** Whole percent, or null while the total is not known: the bar then slides. */
  percent: number | null;
  testId: string;
  ariaLabel: string;
  /** The bar's own percentage beside it; off when the label already says it. */
  showInfo: boolean;
  /** More detail on hover. */
  title?: string;
}

/** A label and a small bar: the status bar's one look for anything that runs a while. */
export function ProgressLine({ label, percent, testId, ariaLabel, showInfo, title }: ProgressLineProps) {
  return (
    <Flex align="center" gap={8} style={{ minWidth: 260 }} title={title}>
      <span className="text-secondary tabular-nums" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </span>
      <Progress
        data-testid={testId}
        data-percent={percent ?? ''}
        aria-label={ariaLabel}
        className={percent === null ? 'progress-indeterminate' : undefined}
        percent={percent ?? 30}
        showInfo={showInfo && percent !== null}
        status="active"
        size="small"
        style={{ flex: 1, minWidth: 120, margin: 0 }}
      />
    </Flex>
  );
}
