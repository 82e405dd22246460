import { Flex } from 'antd';
import { CadenceBookCard } from './book/CadenceBookCard';
import { useCadenceScope } from './useCadenceScope';
import { WorklistCard } from './worklist/WorklistCard';

/** The dashboard tab: the book's figures for the chosen year and day, then this month's worklist. */
export function CadenceOverview() {
  const scope = useCadenceScope();
  return (
    <Flex vertical gap={16}>
      <CadenceBookCard scope={scope} />
      <WorklistCard />
    </Flex>
  );
}
