import { Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api';
import { TierTag } from '../client/TierTag';

interface SearchHitItemProps {
  hit: SearchHit;
  id: string;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
}

/** One hit: 张三丰 Zhang Sanfeng · 客户号 · tier, and what matched (姓名 / 拼音 / 首字母 / 客户号 / 手机尾号). */
export function SearchHitItem({ hit, id, active, onChoose, onHover }: SearchHitItemProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <li
      ref={ref}
      id={id}
      role="option"
      aria-selected={active}
      data-testid="client-search-hit"
      data-client-id={hit.id}
      className="client-search-hit"
      onClick={onChoose}
      onMouseMove={active ? undefined : onHover}
    >
      <span className="client-search-hit-name">
        <span>{hit.name}</span>
        {hit.nameEn && <span className="text-secondary">{hit.nameEn}</span>}
      </span>
      <span className="client-search-hit-meta">
        <span className="text-secondary tabular-nums">{hit.customerNo}</span>
        <TierTag tier={hit.tier} t={t} />
        <Tag data-testid="client-search-matched" data-matched={hit.matched} bordered={false} style={{ marginInlineEnd: 0 }}>
          {t(`search.matched.${hit.matched}`)}
        </Tag>
      </span>
    </li>
  );
}
