import { updateProfile } from '../../../utils/db/actions';
import { useDatabase } from '../../../utils/db/context';
import { CARD_LABELS } from '../../../utils/model/card-choices';
import type { ProfileRecord } from '../../../utils/model/records';
import { useAppEnvironment } from '../../app-context';
import { useSectionSave } from '../../hooks/use-section-save';
import { CardSettings } from '../../settings/CardSettings';

const SAVED_AS = { show: 'always shown', phase: 'shown when a phase begins', hide: 'under More' };

/** The per-card switches, saved in the profile (and so synced like the rest of it). */
export function CardSection({ profile }: { readonly profile: ProfileRecord }) {
  const db = useDatabase();
  const { clock, platform } = useAppEnvironment();
  const section = useSectionSave();
  return (
    <CardSettings
      cards={profile.cards}
      status={section.status}
      careerLink={platform.links.career}
      onChange={(id, shown) =>
        void section.save(
          // Made from the stored profile, so a switch flipped in another tab stays.
          updateProfile(db, (current) => ({ cards: { ...current.cards, [id]: shown } }), clock),
          `${CARD_LABELS[id]}: ${SAVED_AS[shown]}.`,
        )
      }
    />
  );
}
