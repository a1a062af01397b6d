import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The frame of a public page: one h1, an optional lead paragraph, and the content in a readable width. */
export function PublicPage({ title, lead, children, wide }: { title: ReactNode; lead?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'public-page public-page-wide' : 'public-page'}>
      <Typography.Title level={1} className="page-title public-title">
        {title}
      </Typography.Title>
      {lead ? <Typography.Paragraph className="public-lead">{lead}</Typography.Paragraph> : null}
      {children}
    </div>
  );
}
