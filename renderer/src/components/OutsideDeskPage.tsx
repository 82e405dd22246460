import { Card, Flex, Space } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';

interface OutsideDeskPageProps {
  testId?: string;
  maxWidth: number;
  /** The card's content, stacked. */
  children: ReactNode;
  /** Under the card (the version line of the sign-in page). */
  footer?: ReactNode;
}

/** A page before the desk (sign-in, the lock screen): the language switch top right, one card in the middle. */
export function OutsideDeskPage({ testId, maxWidth, children, footer }: OutsideDeskPageProps) {
  return (
    <Flex data-testid={testId} vertical style={{ minHeight: '100%', background: 'var(--ant-color-bg-layout, #f5f5f5)' }}>
      <Flex justify="flex-end" style={{ padding: 16 }}>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 16 }}>
        <main style={{ width: '100%', maxWidth }}>
          <Card>
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              {children}
            </Space>
          </Card>
          {footer}
        </main>
      </Flex>
    </Flex>
  );
}
