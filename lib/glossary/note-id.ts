/** The element id of a term's note; occurrences point at it with `popovertarget`. */
export function noteId(termId: string): string {
  return `note-${termId}`;
}
