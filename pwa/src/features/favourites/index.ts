export { FavouritesPage } from './components/favourites-page';
export { FavouriteButton } from './components/favourite-button';
