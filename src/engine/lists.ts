/**
 * Lists that a story keeps for the whole of a stage or longer (a unit's terms, a unit vector's ids
 * and weights), copied out at their exact length once built.
 *
 * A list built with `push` keeps spare room for about half as many items again, plus sixteen (V8 grows
 * it so when it fills: a list of 3 has room for 17), and the room lives as long as the list. A story's
 * working data outlives several young-generation collections, each of which copies every live list
 * with all its room.
 */

/** `list` with no spare room: a copy of its items, to keep in place of a list grown by `push`. */
export function exactLength<T>(list: T[]): T[] {
  // An empty list has no room to spare: kept as it is.
  return list.length === 0 ? list : list.slice();
}
