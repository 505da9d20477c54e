/**
 * Colours from ColorBrewer's sequential "Blues" (Plot's "blues" scheme), safe for every kind of
 * colour blindness, plus one dark orange (blue/orange is the pair that stays apart for
 * deuteranopes and protanopes). Counts stop at a mid blue so the near-black numbers on the cells keep
 * 4.8:1 contrast or more, on screen and on paper; every mark also has a shape or an outline, never
 * colour alone.
 */
export const LIGHT = '#deebf7';
export const MID = '#4292c6';
export const DARK = '#08519c';
export const FLAG = '#a63603';
/** outlines of empty cells and reference lines: 4.6:1 on white */
export const GREY = '#6b7785';
export const INK = '#1b1f24';
