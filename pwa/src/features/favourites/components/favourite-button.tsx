// Save a listing to "mijn netwerk" on this device, or take it off again.
import { useTranslation } from 'react-i18next';
import { addFavourite, removeFavourite, useFavourites, type SnapshotService } from '../../offline';
import { BookmarkCheck, BookmarkPlus } from 'lucide-react';
import { Icon } from '../../../components/icon';

export function FavouriteButton({ service }: { service: SnapshotService }) {
  const { t } = useTranslation('favourites');
  const favourites = useFavourites();
  const isSaved = favourites.some((f) => f.id === service.id);
  return (
    <button
      type="button"
      className="button"
      aria-pressed={isSaved}
      onClick={() => void (isSaved ? removeFavourite(service.id) : addFavourite(service))}
    >
      <Icon icon={isSaved ? BookmarkCheck : BookmarkPlus} />
      {isSaved ? t('saved') : t('save')}
    </button>
  );
}
