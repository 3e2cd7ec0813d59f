/** A screen wide enough to show long sections open (a tablet or larger); a phone folds them. */
export const isWideScreen = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 48rem)').matches;
