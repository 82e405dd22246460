/**
 * One line per figure: the measurement, its baseline (the limit or the naive way), the ratio
 * measurement / baseline, and the goal when the issue sets one.
 */
export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 's' | 'rows/s' | 'msg/s' | 'MB';
  baseline: number;
  baselineName: string;
  goal?: string;
}

const format = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function printFigures(title: string, figures: readonly Figure[]): void {
  process.stdout.write(`\n${title}\n`);
  const nameWidth = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const ratio = f.value / f.baseline;
    process.stdout.write(
      `  ${f.name.padEnd(nameWidth)}  ${format(f.value).padStart(8)} ${f.unit.padEnd(6)}` +
        `  baseline ${format(f.baseline).padStart(8)} ${f.unit} (${f.baselineName})  ratio ${ratio.toFixed(2)}x` +
        (f.goal ? `  goal ${f.goal}` : '') +
        '\n',
    );
  }
}
