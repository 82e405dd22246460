import { Col, Flex, Row } from 'antd';
import type { Client360 } from '../../../../shared/api';
import { ClientConflictAlert } from '../../components/client/ClientConflictAlert';
import { InteractionTimeline } from '../../components/interactions/InteractionTimeline';
import { CadenceCard } from './cadence/CadenceCard';
import { HoldingsCard } from './holdings/HoldingsCard';
import { NotesCard } from './NotesCard';
import { ProfileCard } from './profile/ProfileCard';
import { ReportsCard } from './ReportsCard';
import { RiskCard } from './RiskCard';

/**
 * The sections of the 360 page: who (profile, risk, notes) beside this year's 12-4-2-1, what they
 * hold, what was said and what was sent.
 */
export function Client360Body({ data }: { data: Client360 }) {
  const { client } = data;
  return (
    <Flex vertical gap={16}>
      {client.inConflict && <ClientConflictAlert testId="client360-conflict" openTestId="client360-conflict-open" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <ProfileCard client={client} lastContactAt={data.lastContactAt} />
            <RiskCard data={data} />
            <NotesCard client={client} />
          </Flex>
        </Col>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            {/* A host older than the 12-4-2-1 contract sends no cadence: leave the card out rather than fail the page. */}
            {data.cadence && <CadenceCard cadence={data.cadence} />}
            <HoldingsCard data={data} />
            <InteractionTimeline client={client} />
            <ReportsCard clientId={client.id} reports={data.reports} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
