import { Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format';
import type { Review, Transition } from './types';
import { NoData, useLabel } from './ui';

/** Each competent department's review of a filing version. */
export function ReviewsTable({ reviews }: { reviews: Review[] }) {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { dateTime } = useFormat();
  return (
    <Table<Review>
      size="small"
      rowKey="reviewer"
      pagination={false}
      dataSource={reviews}
      locale={{ emptyText: <NoData /> }}
      data-testid="reviews"
      columns={[
        { title: t('review.department'), dataIndex: 'reviewer', render: (v: string) => label('department', v) },
        {
          title: t('review.decision'),
          dataIndex: 'decision',
          render: (v: Review['decision']) => <Tag color={v === 'approved' ? 'success' : v === 'rejected' ? 'error' : 'processing'}>{label('decision', v ?? 'pending')}</Tag>,
        },
        { title: t('review.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
        { title: t('review.decidedAt'), dataIndex: 'decidedAt', render: (v: string | null) => dateTime(v) },
      ]}
    />
  );
}

/** The version's life: each transition with its event, its reason and its time. */
export function HistoryTimeline({ history }: { history: Transition[] }) {
  const label = useLabel();
  const { dateTime } = useFormat();
  if (!history.length) return <NoData />;
  return (
    <Timeline
      items={history.map((h, i) => ({
        key: i,
        content: (
          <>
            <Typography.Text strong>{label('event', h.event)}</Typography.Text> → {label('filingStatus', h.to)}
            <br />
            <Typography.Text type="secondary">{dateTime(h.at)}</Typography.Text>
            {h.reason ? <div>{h.reason}</div> : null}
          </>
        ),
      }))}
    />
  );
}
