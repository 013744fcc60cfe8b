import { acceptOfferedPlan, startOverHere } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import { useOfferedPlan } from '../../utils/db/hooks';
import { PLAN_LENGTHS } from '../../utils/model/ids';
import { dayOfPlan } from '../../utils/schedule';
import { useAppEnvironment } from '../app-context';
import { useStoreWrites } from '../hooks/use-store-writes';
import { useToday } from '../hooks/use-today';
import { PlanOffer } from '../PlanOffer';
import { WriteFailureBanner } from '../WriteFailureBanner';

/** Shows the plan sync found while this browser's own was provisional, with the two answers. */
export function PlanOfferNotice() {
  const db = useDatabase();
  const { clock } = useAppEnvironment();
  const offered = useOfferedPlan();
  const today = useToday();
  const writes = useStoreWrites();
  if (offered.status !== 'ready' || offered.value === null) return null;
  const plan = offered.value;
  const day = plan.startDate <= today ? dayOfPlan(plan, today) : null;
  return (
    <>
      <WriteFailureBanner failure={writes.failure} />
      <PlanOffer
        planDays={PLAN_LENGTHS[plan.planId]}
        day={day}
        onUse={() => void writes.run(acceptOfferedPlan(db))}
        onStartOver={() => void writes.run(startOverHere(db, clock))}
      />
    </>
  );
}
