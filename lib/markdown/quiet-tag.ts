/**
 * The element for an occurrence the default marking leaves unmarked: it carries the
 * term id (attribute `t`) for counterpart highlighting and costs a third of a button.
 * When the reader asks for every occurrence, the page turns these into term buttons.
 */
export const quietTag = 'dz-t';
