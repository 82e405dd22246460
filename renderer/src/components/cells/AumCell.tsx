import { Tooltip } from 'antd';
import { formatWan, formatYuanExact } from '../../../../shared/format';
import type { Language } from '../../i18n';

/** AUM in 万/亿 (¥M/B), the exact yuan in a tooltip; plain, for every visible row of a table. */
export function AumCell({ fen, language }: { fen: number; language: Language }) {
  return (
    <Tooltip title={formatYuanExact(fen)} placement="left">
      <span className="tabular-nums">{formatWan(fen, language)}</span>
    </Tooltip>
  );
}
