import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { buttonStyles } from '../../components/button-styles';
import { auditAccessQuery } from '../../lib/audit-client';

/** "Activity" in the header, for those who may read the audit trail (nothing for anyone else). */
export function ActivityLink() {
  const access = useQuery(auditAccessQuery);
  if (access.data !== true) return null;
  return (
    <Link to="/activity" className={`${buttonStyles.ghost} ml-auto`}>
      Activity
    </Link>
  );
}
