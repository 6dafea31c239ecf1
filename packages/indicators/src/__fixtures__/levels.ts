/** Test fixtures: level maps for the built-in methodologies. */

/** Every indicator 1..count at one level. */
export function uniformLevels(count: number, level: number): Record<number, number> {
  const levels: Record<number, number> = {};
  for (let number = 1; number <= count; number++) levels[number] = level;
  return levels;
}

/**
 * spbe-2020 levels whose exact index is 3.4985 (published example: shown "3.50", rated Baik):
 * all level 3, then level 4 for one indicator of aspect 7 (+2.75), seven of aspect 1 (+9.1),
 * eight of aspects 2–4 (+20) and six of aspect 8 (+18): 300 + 49.85 = 349.85 → 3.4985.
 */
export function levelsFor34985(): Record<number, number> {
  const levels = uniformLevels(47, 3);
  for (const number of [32, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 42, 43, 44, 45, 46, 47])
    levels[number] = 4;
  return levels;
}

/** The worked example of aspect 2 (indicators 11–14 at 3, 4, 3, 2), everything else at 3. */
export function levelsForAspect2Example(): Record<number, number> {
  return { ...uniformLevels(47, 3), 11: 3, 12: 4, 13: 3, 14: 2 };
}
